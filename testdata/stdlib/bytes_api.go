// package bytes: Buffer's read/unread state machine, Truncate/Next/Grow, WriteTo/ReadFrom,
// and the slice functions, including which results alias their input and which are nil.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type shortWriter struct{ max int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.String() == "", b.UnreadByte(), b.UnreadRune())
	b.WriteString("héllo, wörld")
	fmt.Println(b.UnreadByte(), b.UnreadRune())
	c, err := b.ReadByte()
	fmt.Println(c, err, b.UnreadRune(), b.UnreadByte(), b.UnreadByte(), b.Len())
	r, size, err := b.ReadRune()
	fmt.Println(r, size, err)
	r, size, err = b.ReadRune()
	fmt.Println(r, size, err, b.UnreadRune(), b.UnreadRune(), b.Len())
	r, size, _ = b.ReadRune()
	fmt.Println(r, size, b.UnreadByte(), b.Len())
	fmt.Printf("%q %q\n", b.Next(3), b.Next(0))
	fmt.Println(b.UnreadByte(), b.Len())
	line, err := b.ReadString(',')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('!')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(n, err)
	n, err = b.Read(nil)
	fmt.Println(n, err)
	b.WriteRune('世')
	b.WriteRune(-5)
	b.WriteByte('x')
	b.Write(nil)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Truncate(3)
	fmt.Printf("%q\n", b.String())
	b.Truncate(0)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100, b.Available() >= 100, len(b.AvailableBuffer()), cap(b.AvailableBuffer()) >= 100)
	fmt.Fprintf(&b, "%05d|", 42)
	fmt.Printf("%q\n", b.Bytes())
	n64, err := b.ReadFrom(strings.NewReader(strings.Repeat("ab", 700)))
	fmt.Println(n64, err, b.Len())
	var sb strings.Builder
	n64, err = b.WriteTo(&sb)
	fmt.Println(n64, err, sb.Len(), b.Len())
	b.WriteString("abcdef")
	n64, err = b.WriteTo(&shortWriter{2})
	fmt.Println(n64, err, b.Len())
	n64, err = b.WriteTo(failWriter{})
	fmt.Println(n64, err, b.Len())
	nb := bytes.NewBuffer([]byte("seed"))
	nb.WriteString("+more")
	fmt.Println(nb.String(), bytes.NewBufferString("str").String())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	try(func() { b.Truncate(-1) })
	try(func() { b.Truncate(100) })
	try(func() { b.Grow(-1) })
	b.Reset()
	fmt.Println(b.Len(), b.UnreadByte())

	s := []byte("  a b\t\u00a0c  ")
	show("fields", bytes.Fields(s))
	show("fieldsFunc", bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	show("split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	show("splitN", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	show("splitAfter", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	show("splitEmpty", bytes.Split([]byte("héj"), nil))
	show("splitN0", bytes.SplitN([]byte("a,b"), []byte(","), 0))
	show("fieldsNone", bytes.Fields([]byte("   ")))
	whole := []byte("x,y,z")
	parts := bytes.Split(whole, []byte(","))
	parts[0][0] = 'X'
	fmt.Println(string(whole), cap(parts[0]), cap(parts[2]))
	parts[0] = append(parts[0], '!')
	fmt.Println(string(whole))
	f := bytes.Fields(whole)
	fmt.Println(cap(f[0]))
	for _, t := range [][]byte{[]byte("  x  "), []byte("   "), []byte(""), nil, []byte("x")} {
		ts, tr, tl := bytes.TrimSpace(t), bytes.Trim(t, " x"), bytes.TrimLeft(t, " ")
		fmt.Printf("%q %v %q %v %q %v %q %v\n", ts, ts == nil, tr, tr == nil, tl, tl == nil, bytes.TrimRight(t, " "), bytes.TrimFunc(t, unicode.IsSpace) == nil)
	}
	fmt.Printf("%q %q %q %q\n", bytes.TrimPrefix([]byte("prefix"), []byte("pre")), bytes.TrimSuffix([]byte("prefix"), []byte("fix")), bytes.TrimPrefix(nil, nil), bytes.TrimSuffix([]byte("a"), []byte("b")))
	fmt.Printf("%q %q %q %q\n", bytes.ToUpper([]byte("héllo")), bytes.ToLower([]byte("HÉLLO")), bytes.ToTitle([]byte("ǆx")), bytes.Title([]byte("ab cd")))
	fmt.Printf("%q %q %q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2), bytes.ReplaceAll([]byte("abab"), []byte("b"), nil), bytes.Replace([]byte("ab"), nil, []byte("-"), -1))
	fmt.Printf("%q %q %v\n", bytes.Join(nil, []byte(",")), bytes.Join([][]byte{[]byte("a"), nil, []byte("c")}, []byte(", ")), bytes.Join(nil, nil) == nil)
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.Compare([]byte("b"), []byte("a")), bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Σ"), []byte("ς")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.LastIndex([]byte("go gopher"), []byte("go")), bytes.IndexByte([]byte("abc"), 'c'), bytes.LastIndexByte([]byte("abca"), 'a'), bytes.IndexRune([]byte("héllo"), 'l'), bytes.IndexAny([]byte("héllo"), "lé"), bytes.LastIndexAny([]byte("héllo"), "hé"), bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), bytes.LastIndexFunc([]byte("1ab"), unicode.IsDigit))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ContainsAny([]byte("x"), ""), bytes.ContainsRune([]byte("é"), 'é'), bytes.ContainsFunc([]byte("a"), unicode.IsUpper), bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil), bytes.HasPrefix([]byte("go"), nil), bytes.HasSuffix([]byte("go"), []byte("o")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("kv"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
	rest2, ok := bytes.CutPrefix([]byte("k=v"), []byte("k="))
	rest3, ok3 := bytes.CutSuffix([]byte("k=v"), []byte("x"))
	fmt.Printf("%q %v %q %v\n", rest2, ok, rest3, ok3)
	fmt.Printf("%q %q %v %v\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")), bytes.Runes([]byte("hé")), bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	try(func() { bytes.Repeat([]byte("x"), -1) })
	var rd io.Reader = bytes.NewBufferString("reader")
	all, _ := io.ReadAll(rd)
	fmt.Println(string(all), bytes.MinRead)
}

func show(name string, parts [][]byte) {
	fmt.Printf("%s %q %d %v\n", name, parts, len(parts), parts == nil)
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
