// Package bufio: Writer (Write, WriteString, WriteByte, WriteRune, Flush, Available,
// Buffered, ReadFrom, errors that stick), ReadWriter and Scanner with every split
// function, a custom one, ErrFinalToken and a too-long token.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type shortWriter struct{ limit int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		return w.limit, nil
	}
	return len(p), nil
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello ")
	w.WriteByte('w')
	n, _ := w.WriteRune('ö')
	fmt.Println(n, w.Buffered(), w.Available(), out.Len())
	w.Write([]byte("rld and a long tail that exceeds the buffer"))
	fmt.Println(w.Buffered(), out.Len())
	fmt.Println(w.Flush(), out.String())
	m, err := w.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(m, err, w.Buffered())
	w.Flush()
	fmt.Println(out.String())
	fmt.Println(len(w.AvailableBuffer()), cap(w.AvailableBuffer()))

	sw := bufio.NewWriterSize(&shortWriter{3}, 16)
	sw.WriteString("0123456789")
	fmt.Println(sw.Flush())
	fmt.Println(sw.Buffered())
	ew := bufio.NewWriter(errWriter{})
	ew.WriteString("x")
	fmt.Println(ew.Flush())
	_, err = ew.WriteString("y")
	fmt.Println(err)
	ew.Reset(&out)
	out.Reset()
	ew.WriteString("after reset")
	fmt.Println(ew.Flush(), out.String())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\n")), bufio.NewWriter(&out))
	got, _ := rw.ReadString('\n')
	rw.WriteString(strings.ToUpper(got))
	rw.Flush()
	fmt.Printf("%q\n", out.String())

	text := "alpha beta\r\n  gamma\n\ndelta"
	for _, split := range []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}} {
		sc := bufio.NewScanner(strings.NewReader(text))
		sc.Split(split.f)
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		fmt.Printf("%s %d %q %v\n", split.name, len(toks), toks, sc.Err())
	}
	sc := bufio.NewScanner(strings.NewReader("é\xffx"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	words := bufio.NewScanner(strings.NewReader(" \u00a0one\u2003two\tthree\u0085 "))
	words.Split(bufio.ScanWords)
	for words.Scan() {
		fmt.Printf("[%s]", words.Text())
	}
	fmt.Println()

	comma := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "stop" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	cs := bufio.NewScanner(strings.NewReader("a,bb,,stop,never"))
	cs.Split(comma)
	for cs.Scan() {
		fmt.Printf("%q ", cs.Text())
	}
	fmt.Println(cs.Err())

	big := bufio.NewScanner(strings.NewReader(strings.Repeat("z", 100) + "\nok\n"))
	big.Buffer(make([]byte, 10), 50)
	for big.Scan() {
		fmt.Println(big.Text())
	}
	fmt.Println(big.Err())
	fine := bufio.NewScanner(strings.NewReader(strings.Repeat("q", 100) + "\nok"))
	fine.Buffer(make([]byte, 4), 200)
	for fine.Scan() {
		fmt.Println(len(fine.Text()))
	}
	fmt.Println(fine.Err())

	bad := bufio.NewScanner(strings.NewReader("abc"))
	bad.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("custom failure")
	})
	fmt.Println(bad.Scan(), bad.Err())
	neg := bufio.NewScanner(strings.NewReader("abc"))
	neg.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(neg.Scan(), neg.Err())
	far := bufio.NewScanner(strings.NewReader("abc"))
	far.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(far.Scan(), far.Err())
	stuck := bufio.NewScanner(strings.NewReader("abc"))
	stuck.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if !atEOF {
			return 0, nil, nil
		}
		return 0, []byte{}, nil
	})
	cnt := 0
	func() {
		defer func() { fmt.Println("recovered:", recover(), cnt) }()
		for stuck.Scan() {
			cnt++
		}
	}()
	_, err = io.ReadAll(strings.NewReader(""))
	fmt.Println(bufio.MaxScanTokenSize, err, bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrInvalidUnreadRune)
}
