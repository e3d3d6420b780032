// Operands implementing fmt.Scanner: Token, ReadRune/UnreadRune, SkipSpace and Width as
// a Scan method sees them, under Sscan, Sscanln and Sscanf.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// upper scans a word and stores it in upper case.
type upper string

func (u *upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	*u = upper(strings.ToUpper(string(tok)))
	return nil
}

// digits scans a run of digits rune by rune, honouring a width.
type digits struct {
	text  string
	verb  rune
	width int
	set   bool
}

func (d *digits) Scan(st fmt.ScanState, verb rune) error {
	d.verb = verb
	d.width, d.set = st.Width()
	st.SkipSpace()
	var sb strings.Builder
	for {
		r, _, err := st.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if !unicode.IsDigit(r) {
			st.UnreadRune()
			break
		}
		sb.WriteRune(r)
	}
	if sb.Len() == 0 {
		return errors.New("no digits")
	}
	d.text = sb.String()
	return nil
}

// pair scans "key=value" with Token and a predicate.
type pair struct{ key, value string }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	key, err := st.Token(true, func(r rune) bool { return r != '=' && !unicode.IsSpace(r) })
	if err != nil {
		return err
	}
	p.key = string(key)
	if r, _, err := st.ReadRune(); err != nil || r != '=' {
		return errors.New("missing =")
	}
	value, err := st.Token(false, nil)
	p.value = string(value)
	return err
}

// eofer always reports io.EOF.
type eofer struct{}

func (eofer) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

// lineRest reads runes until ReadRune fails, to show where a line ends under Scanln.
type lineRest string

func (l *lineRest) Scan(st fmt.ScanState, verb rune) error {
	var sb strings.Builder
	for {
		r, _, err := st.ReadRune()
		if err != nil {
			*l = lineRest(sb.String())
			return nil
		}
		sb.WriteRune(r)
	}
}

func main() {
	var u1, u2 upper
	n, err := fmt.Sscan("hello  world", &u1, &u2)
	fmt.Println(n, err, u1, u2)

	var d digits
	var rest string
	n, err = fmt.Sscan("  123abc", &d, &rest)
	fmt.Println(n, err, d, rest)
	n, err = fmt.Sscanf("98765", "%3v%s", &d, &rest)
	fmt.Println(n, err, d, rest)
	n, err = fmt.Sscanf("x", "%d", &d)
	fmt.Println(n, err, d)

	var p1, p2 pair
	n, err = fmt.Sscan("a=1 bee=two", &p1, &p2)
	fmt.Println(n, err, p1, p2)
	n, err = fmt.Sscan("a:1", &p1)
	fmt.Println(n, err, p1)

	n, err = fmt.Sscan("x", eofer{})
	fmt.Println(n, err)

	var l1 lineRest
	var x int
	n, err = fmt.Sscanln("5 tail of line\nnext", &x, &l1)
	fmt.Printf("%d %v %d %q\n", n, err, x, l1)
	n, err = fmt.Sscan("5 tail of line\nnext", &x, &l1)
	fmt.Printf("%d %v %d %q\n", n, err, x, l1)

	var u3 upper
	var y int
	n, err = fmt.Sscanf("id:abc 7", "id:%s %d", &u3, &y)
	fmt.Println(n, err, u3, y)
}
