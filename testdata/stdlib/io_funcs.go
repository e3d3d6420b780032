// Package io: ReadAll, Copy (with and without ReaderFrom/WriterTo), WriteString,
// MultiReader, LimitReader, ReadFull/ReadAtLeast, EOF semantics, Discard and the error
// values.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByte hands out its data a byte at a time and returns EOF with the last byte.
type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(o.s) == 0 {
		return 0, io.EOF
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	if len(o.s) == 0 {
		return 1, io.EOF
	}
	return 1, nil
}

type broken struct{}

func (broken) Read(p []byte) (int, error) { return 0, errors.New("broken reader") }

type plainWriter struct{ got []byte }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.got = append(w.got, p...)
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	all, err := io.ReadAll(strings.NewReader(strings.Repeat("ab", 700)))
	fmt.Println(len(all), err)
	all, err = io.ReadAll(&oneByte{"xyz"})
	fmt.Printf("%q %v\n", all, err)
	all, err = io.ReadAll(broken{})
	fmt.Printf("%q %v\n", all, err)

	var buf bytes.Buffer
	n, err := io.Copy(&buf, strings.NewReader("copied text"))
	fmt.Println(n, err, buf.String())
	pw := &plainWriter{}
	n, err = io.Copy(pw, &oneByte{"slow copy"})
	fmt.Println(n, err, string(pw.got))
	n, err = io.Copy(shortWriter{}, strings.NewReader("abcd"))
	fmt.Println(n, err)
	n, err = io.Copy(pw, broken{})
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println(n, err)

	k, err := io.WriteString(pw, "+ws")
	fmt.Println(k, err, string(pw.got))
	k, err = io.WriteString(&buf, "+buf")
	fmt.Println(k, err, buf.String())

	mr := io.MultiReader(strings.NewReader("one "), &oneByte{"two "}, strings.NewReader(""), strings.NewReader("three"))
	all, err = io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)
	k, err = mr.Read(make([]byte, 4))
	fmt.Println(k, err)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, err = io.ReadAll(lr)
	fmt.Printf("%q %v\n", all, err)
	lr0 := io.LimitReader(strings.NewReader("x"), -1)
	k, err = lr0.Read(make([]byte, 3))
	fmt.Println(k, err)

	p := make([]byte, 5)
	k, err = io.ReadFull(strings.NewReader("abcdefg"), p)
	fmt.Println(k, err, string(p))
	k, err = io.ReadFull(strings.NewReader("ab"), p)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err, err == io.EOF)
	k, err = io.ReadAtLeast(&oneByte{"abcdef"}, p, 3)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abc"), p[:2], 3)
	fmt.Println(k, err)

	sr := strings.NewReader("")
	k, err = sr.Read(p)
	fmt.Println(k, err == io.EOF)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrNoProgress, io.ErrShortBuffer, io.ErrClosedPipe)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
	var w io.Writer = io.Discard
	if sw, ok := w.(io.StringWriter); ok {
		fmt.Println(sw.WriteString("hello"))
	}
}
