// Package bufio: Reader (Read, ReadByte/UnreadByte, ReadRune/UnreadRune, Peek, Discard,
// ReadSlice, ReadLine, ReadBytes, ReadString, WriteTo, Reset) over small buffers and
// readers that hand out data in pieces.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky returns at most n bytes per Read.
type chunky struct {
	s string
	n int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, io.EOF
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.s) {
		k = len(c.s)
	}
	copy(p, c.s[:k])
	c.s = c.s[k:]
	return k, nil
}

type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("boom")
	}
	f.n--
	p[0] = 'z'
	return 1, nil
}

type empty struct{}

func (empty) Read(p []byte) (int, error) { return 0, nil }

func main() {
	r := bufio.NewReaderSize(strings.NewReader("hello, wörld\nsecond line\nthird"), 16)
	fmt.Println(r.Size(), r.Buffered())
	b, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", b, err, r.Buffered())
	b, err = r.Peek(20)
	fmt.Printf("%q %v\n", b, err)
	c, _ := r.ReadByte()
	fmt.Printf("%c %v\n", c, r.UnreadByte())
	fmt.Println(r.UnreadByte())
	n, err := r.Discard(7)
	fmt.Println(n, err)
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err)

	long := bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 40)+"\r\nnext\r\n"), 16)
	for {
		line, prefix, err := long.ReadLine()
		if err != nil {
			fmt.Println("end", err)
			break
		}
		fmt.Printf("%q %v\n", line, prefix)
	}
	sl := bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 30)+";"), 16)
	frag, err := sl.ReadSlice(';')
	fmt.Printf("%q %v\n", frag, err)
	whole, err := sl.ReadString(';')
	fmt.Printf("%q %v\n", whole, err)

	ch := bufio.NewReader(&chunky{"abc def ghi jkl", 3})
	buf := make([]byte, 5)
	for {
		n, err := ch.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	ch.Reset(&chunky{"one;two;three", 2})
	for {
		tok, err := ch.ReadString(';')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
	var sb strings.Builder
	wt := bufio.NewReader(&chunky{"write me to a writer", 4})
	wt.Peek(2)
	n64, err := wt.WriteTo(&sb)
	fmt.Println(n64, err, sb.String())

	fr := bufio.NewReader(&failing{3})
	all, err := io.ReadAll(fr)
	fmt.Printf("%q %v\n", all, err)
	er := bufio.NewReader(empty{})
	_, err = er.ReadByte()
	fmt.Println(err)
	d := bufio.NewReader(strings.NewReader("short"))
	n, err = d.Discard(10)
	fmt.Println(n, err)
	_, err = d.Peek(-1)
	fmt.Println(err)
	bad := bufio.NewReader(strings.NewReader("\xff\xfe"))
	ru, size, err = bad.ReadRune()
	fmt.Println(ru, size, err)
	tiny := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz"), 4)
	fmt.Println(tiny.Size())
	_, err = tiny.Peek(17)
	fmt.Println(err)
}
