// Fscan, Fscanln and Fscanf over readers with and without UnreadRune: loops that read
// a stream value by value, the rune lost between calls on a plain reader, and reader
// errors.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// plain hides every method of the reader but Read.
type plain struct{ r io.Reader }

func (p plain) Read(b []byte) (int, error) { return p.r.Read(b) }

// failing returns its text, then a custom error.
type failing struct{ text string }

func (f *failing) Read(b []byte) (int, error) {
	if f.text == "" {
		return 0, errors.New("disk on fire")
	}
	n := copy(b, f.text)
	f.text = f.text[n:]
	return n, nil
}

func sumAll(r io.Reader) {
	total, count := 0, 0
	for {
		var x int
		_, err := fmt.Fscan(r, &x)
		if err != nil {
			fmt.Println("  stop:", err)
			break
		}
		total += x
		count++
	}
	fmt.Println("  count", count, "total", total)
}

func main() {
	input := "10 20\n30\n\n  40 50 "
	fmt.Println("strings.Reader:")
	sumAll(strings.NewReader(input))
	fmt.Println("bufio.Reader over plain:")
	sumAll(bufio.NewReader(plain{strings.NewReader(input)}))
	fmt.Println("plain reader:")
	sumAll(plain{strings.NewReader(input)})

	fmt.Println("adjacent values lose a rune on a plain reader:")
	var s1 string
	var i1 int
	pr := plain{strings.NewReader("12ab")}
	n, err := fmt.Fscan(pr, &i1)
	fmt.Println(" ", n, err, i1)
	n, err = fmt.Fscan(pr, &s1)
	fmt.Println(" ", n, err, s1)
	sr := strings.NewReader("12ab")
	fmt.Fscan(sr, &i1)
	fmt.Fscan(sr, &s1)
	fmt.Println("  strings.Reader keeps it:", i1, s1)

	fmt.Println("Fscanln line by line:")
	lines := strings.NewReader("1 2\n3 4\n5\n6 7 8\n9 10")
	for {
		var a, b int
		n, err := fmt.Fscanln(lines, &a, &b)
		fmt.Println(" ", n, err, a, b)
		if err == io.EOF {
			break
		}
		if err != nil && err.Error() == "expected newline" {
			rest, _ := bufio.NewReader(lines).ReadString('\n')
			fmt.Printf("  rest of line %q\n", rest)
		}
	}

	fmt.Println("Fscanf records:")
	recs := strings.NewReader("alice 30\nbob 25\ncarol x\n")
	for {
		var name string
		var age int
		n, err := fmt.Fscanf(recs, "%s %d\n", &name, &age)
		fmt.Println(" ", n, err, name, age)
		if err != nil {
			break
		}
	}

	fmt.Println("reader error:")
	var a, b, c int
	n, err = fmt.Fscan(&failing{"1 2"}, &a, &b, &c)
	fmt.Println(" ", n, err, a, b, c)
	n, err = fmt.Fscanln(&failing{"7"}, &a)
	fmt.Println(" ", n, err, a)

	fmt.Println("utf-8 split over reads:")
	var w string
	n, err = fmt.Fscan(plain{strings.NewReader("  größe  ")}, &w)
	fmt.Println(" ", n, err, w)
	n, err = fmt.Fscan(plain{strings.NewReader("\xffab")}, &w)
	fmt.Printf("  %d %v %q\n", n, err, w)
}
