// The iterator functions of packages strings and bytes: Lines, SplitSeq, SplitAfterSeq,
// FieldsSeq, FieldsFuncSeq, including empty input, empty separators, invalid UTF-8, early
// stops, reuse of an iterator and the capacity of the byte subslices.
package main

import (
	"bytes"
	"fmt"
	"iter"
	"strings"
	"unicode"
)

func show(name string, seq iter.Seq[string]) {
	var parts []string
	for s := range seq {
		parts = append(parts, fmt.Sprintf("%q", s))
	}
	fmt.Println(name, len(parts), parts)
}

func showBytes(name string, seq iter.Seq[[]byte]) {
	var parts []string
	for b := range seq {
		parts = append(parts, fmt.Sprintf("%q/%d/%d", b, len(b), cap(b)))
	}
	fmt.Println(name, len(parts), parts)
}

func first(seq iter.Seq[string]) string {
	for s := range seq {
		return s
	}
	return "<none>"
}

func firstOf[E any](seq iter.Seq[E]) E {
	for s := range seq {
		return s
	}
	var z E
	return z
}

func main() {
	for _, in := range []string{"", "one", "a\nb\nc", "a\nb\n", "\n\n", "x\r\ny"} {
		show(fmt.Sprintf("Lines(%q)", in), strings.Lines(in))
		showBytes("bytes.Lines", bytes.Lines([]byte(in)))
	}
	cases := [][2]string{{"a,b,c", ","}, {"a,b,c,", ","}, {"", ","}, {"abc", ""}, {"", ""}, {",", ","}, {"a--b----c", "--"}, {"héllo", ""}, {"x\xffy", ""}, {"no sep", "|"}}
	for _, c := range cases {
		show(fmt.Sprintf("SplitSeq(%q, %q)", c[0], c[1]), strings.SplitSeq(c[0], c[1]))
		show("  SplitAfterSeq", strings.SplitAfterSeq(c[0], c[1]))
		showBytes("  bytes.SplitSeq", bytes.SplitSeq([]byte(c[0]), []byte(c[1])))
		showBytes("  bytes.SplitAfterSeq", bytes.SplitAfterSeq([]byte(c[0]), []byte(c[1])))
	}
	for _, in := range []string{"", "   ", " a  b\tc\n", "x", "\u2003wide\u00a0space\u2003", "in\xffvalid utf8"} {
		show(fmt.Sprintf("FieldsSeq(%q)", in), strings.FieldsSeq(in))
		showBytes("  bytes.FieldsSeq", bytes.FieldsSeq([]byte(in)))
	}
	notLetter := func(r rune) bool { return !unicode.IsLetter(r) }
	show("FieldsFuncSeq", strings.FieldsFuncSeq("Hello, wörld! 42 go", notLetter))
	showBytes("bytes.FieldsFuncSeq", bytes.FieldsFuncSeq([]byte("Hello, wörld! 42 go"), notLetter))
	calls := 0
	counting := func(r rune) bool { calls++; return r == '.' }
	show("FieldsFuncSeq counted", strings.FieldsFuncSeq("a.b..c", counting))
	fmt.Println("calls", calls)

	// Early stops.
	fmt.Println(first(strings.Lines("first\nsecond")), first(strings.SplitSeq("p:q", ":")), first(strings.FieldsSeq("  f g")))
	fmt.Println(first(strings.SplitSeq("", ":")), first(strings.FieldsSeq(" ")))

	// Ranging over the same iterator twice.
	for _, seq := range []iter.Seq[string]{strings.Lines("l1\nl2"), strings.SplitSeq("s1 s2", " "), strings.SplitAfterSeq("t1 t2", " "), strings.FieldsSeq("f1 f2"), strings.FieldsFuncSeq("g1,g2", func(r rune) bool { return r == ',' }), strings.SplitSeq("ab", "")} {
		show("once", seq)
		show("twice", seq)
	}

	lines := strings.Lines("first\nsecond\n")
	fmt.Println(first(lines), first(lines))
	for range lines {
	}
	fmt.Printf("%q\n", first(lines))
	showBytes("bytes twice", bytes.SplitSeq([]byte("u v"), []byte(" ")))
	byteLines := bytes.Lines([]byte("1\n2"))
	showBytes("bytes once", byteLines)
	showBytes("bytes twice", byteLines)

	// Stopping early, then ranging again.
	a := strings.SplitSeq("a,b,c", ",")
	fmt.Printf("%q %q %q %q\n", firstOf(a), firstOf(a), firstOf(a), firstOf(a))
	b := strings.SplitSeq("abc", "")
	fmt.Printf("%q %q %q %q\n", firstOf(b), firstOf(b), firstOf(b), firstOf(b))
	c := bytes.SplitSeq([]byte("a,b,c"), []byte(","))
	fmt.Printf("%q %q %q %q\n", firstOf(c), firstOf(c), firstOf(c), firstOf(c))
	d := bytes.Lines([]byte("a\nb\nc"))
	fmt.Printf("%q %q %q %q\n", firstOf(d), firstOf(d), firstOf(d), firstOf(d))
	e := strings.SplitAfterSeq("a,b,c", ",")
	fmt.Printf("%q %q %q %q\n", firstOf(e), firstOf(e), firstOf(e), firstOf(e))
	f := bytes.SplitSeq([]byte("abc"), nil)
	fmt.Printf("%q %q %q %q\n", firstOf(f), firstOf(f), firstOf(f), firstOf(f))

	// Appending to a byte piece does not overwrite the rest.
	data := []byte("ab,cd,ef")
	for piece := range bytes.SplitSeq(data, []byte(",")) {
		_ = append(piece, '!')
	}
	for line := range bytes.Lines(data) {
		_ = append(line, '?')
	}
	fmt.Println(string(data))
}
