// The same inputs scanned from a string, a bufio.Reader (with its buffer filled), a
// strings.Reader and a reader with nothing but Read: every source gives the same values,
// counts and errors, and leaves the same rest of the input.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

// operands makes fresh operands of one kind: two of them, so that a call reads a value
// after the first one's delimiter.
func operands(kind string) []any {
	switch kind {
	case "int":
		return []any{new(int), new(int)}
	case "int8":
		return []any{new(int8), new(int8)}
	case "uint":
		return []any{new(uint), new(uint)}
	case "float64":
		return []any{new(float64), new(float64)}
	case "float32":
		return []any{new(float32), new(float32)}
	case "string":
		return []any{new(string), new(string)}
	}
	return []any{new([]byte), new(bool)}
}

func show(ops []any, n int, err error, rest string) string {
	vals := ""
	for _, op := range ops {
		switch p := op.(type) {
		case *int:
			vals += fmt.Sprint(*p, " ")
		case *int8:
			vals += fmt.Sprint(*p, " ")
		case *uint:
			vals += fmt.Sprint(*p, " ")
		case *float64:
			vals += fmt.Sprint(*p, " ")
		case *float32:
			vals += fmt.Sprint(*p, " ")
		case *string:
			vals += fmt.Sprintf("%q ", *p)
		case *[]byte:
			vals += fmt.Sprintf("%q ", *p)
		case *bool:
			vals += fmt.Sprint(*p, " ")
		}
	}
	return fmt.Sprintf("n=%d err=%v vals=%srest=%q", n, err, vals, rest)
}

type scanFunc func(r io.Reader, a ...any) (int, error)

// run scans input from each source with scan (Fscan or Fscanln).
func run(name string, scan scanFunc, sscan func(string, ...any) (int, error), kind, input string) {
	ops := operands(kind)
	n, err := sscan(input, ops...)
	want := show(ops, n, err, "")
	fmt.Printf("%-8s %-8s %-28q %s\n", name, kind, input, want)

	sources := map[string]func() (io.Reader, func() string){
		"bufio": func() (io.Reader, func() string) {
			br := bufio.NewReader(strings.NewReader(input))
			br.Peek(1)
			return br, func() string { b, _ := io.ReadAll(br); return string(b) }
		},
		"strings": func() (io.Reader, func() string) {
			sr := strings.NewReader(input)
			return sr, func() string { b, _ := io.ReadAll(sr); return string(b) }
		},
		"plain": func() (io.Reader, func() string) {
			sr := strings.NewReader(input)
			return plain{sr}, func() string { b, _ := io.ReadAll(sr); return string(b) }
		},
	}
	var rests []string
	for _, src := range []string{"bufio", "strings", "plain"} {
		r, rest := sources[src]()
		ops := operands(kind)
		n, err := scan(r, ops...)
		left := rest()
		got := show(ops, n, err, "")
		if got != want {
			fmt.Printf("    %s differs: %s\n", src, got)
		}
		rests = append(rests, left)
	}
	fmt.Printf("    rest: bufio %q strings %q plain %q\n", rests[0], rests[1], rests[2])
}

func main() {
	long := strings.Repeat("x", 70)
	inputs := []string{
		"12 34", "  -7\t+8\n", "0 0", "007 1", "0x1f 0b1", "1_000 2", "12abc 3", "-0 5",
		"3.5 -2e3", ".5 1.", "1e5_0 2", "1p3 2", "nan inf", "1.5.5 2", "4e 1",
		"héllo wörld", "a\u00a0b c", long + " y", "   " + long + "x z", "\xffa b",
		"300 1", "-129 0", "99999999999999999999 1", "x 1", "", "   ", "\n\n5 6",
		"t f", "true false", "tru e",
	}
	for _, kind := range []string{"int", "int8", "uint", "float64", "float32", "string", "bytes"} {
		for _, in := range inputs {
			run("Fscan", fmt.Fscan, fmt.Sscan, kind, in)
		}
	}
	for _, in := range []string{"1 2\n3", "1\n2", "\n1 2", "1 2 3\n", "1 2\r\n", "a b", " 5  6  \n7"} {
		run("Fscanln", fmt.Fscanln, fmt.Sscanln, "int", in)
		run("Fscanln", fmt.Fscanln, fmt.Sscanln, "string", in)
	}
}
