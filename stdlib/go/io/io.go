// Package io: the basic I/O interfaces and their error values, and the helpers over them
// (ReadAll, ReadFull, ReadAtLeast, Copy, WriteString, MultiReader, LimitReader, Discard).
// The helpers follow Go's documented contracts: a Read may return data together with an
// error, and only the first error after the data decides the result.
package io

import "errors"

// EOF: Read has no more input (and never will); not a failure.
var EOF = errors.New("EOF")

// ErrUnexpectedEOF: the input ended inside a block of a required size.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// ErrShortWrite: a Write took fewer bytes than it was given, without an error.
var ErrShortWrite = errors.New("short write")

// ErrNoProgress: a Reader keeps returning neither data nor an error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrShortBuffer: the buffer given cannot hold what a read needs.
var ErrShortBuffer = errors.New("short buffer")

// ErrClosedPipe: a pipe was used after being closed.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// Whence values of Seek.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type Closer interface {
	Close() error
}

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

// ReaderFrom is implemented by writers that can drain a Reader themselves (Copy uses it).
type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

// WriterTo is implemented by readers that can fill a Writer themselves (Copy prefers it).
type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

// WriteString writes s to w, through w's own WriteString when it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if direct, ok := w.(StringWriter); ok {
		return direct.WriteString(s)
	}
	return w.Write([]byte(s))
}

// ReadAll reads r to its end. Reaching EOF is success: the error is nil then.
func ReadAll(r Reader) ([]byte, error) {
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		got, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+got]
		if err == EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// ReadAtLeast reads into buf until it holds at least min bytes. Fewer bytes then EOF is
// ErrUnexpectedEOF (plain EOF when nothing was read); a buffer shorter than min is
// ErrShortBuffer.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if min > len(buf) {
		return 0, ErrShortBuffer
	}
	for err == nil && n < min {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	switch {
	case n >= min:
		err = nil
	case n > 0 && err == EOF:
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull fills buf exactly, with ReadAtLeast's errors.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	n, err = ReadAtLeast(r, buf, len(buf))
	return n, err
}

// Copy moves src's data into dst until EOF (not an error) or the first error. It lets
// src write itself (WriterTo) or dst read for itself (ReaderFrom) when they can.
func Copy(dst Writer, src Reader) (written int64, err error) {
	if self, ok := src.(WriterTo); ok {
		return self.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	chunk := make([]byte, 32*1024)
	for {
		got, rerr := src.Read(chunk)
		if got > 0 {
			put, werr := dst.Write(chunk[:got])
			written += int64(put)
			if werr == nil && put != got {
				werr = ErrShortWrite
			}
			if werr != nil {
				return written, werr
			}
		}
		if rerr == EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

// multiReader reads its readers one after the other.
type multiReader struct {
	queue []Reader
}

func (m *multiReader) Read(p []byte) (n int, err error) {
	for len(m.queue) > 0 {
		n, err = m.queue[0].Read(p)
		if err == EOF {
			m.queue = m.queue[1:]
		}
		if err != EOF || n > 0 {
			if err == EOF && len(m.queue) > 0 {
				err = nil
			}
			return n, err
		}
	}
	return 0, EOF
}

// MultiReader returns a Reader of the readers' data, in order; it reports EOF after the
// last one's.
func MultiReader(readers ...Reader) Reader {
	return &multiReader{queue: append([]Reader(nil), readers...)}
}

// LimitedReader reads from R at most N more bytes; N counts down as it reads.
type LimitedReader struct {
	R Reader
	N int64
}

func (l *LimitedReader) Read(p []byte) (n int, err error) {
	if l.N <= 0 {
		return 0, EOF
	}
	if l.N < int64(len(p)) {
		p = p[:l.N]
	}
	n, err = l.R.Read(p)
	l.N -= int64(n)
	return n, err
}

// LimitReader returns a Reader of r's first n bytes.
func LimitReader(r Reader, n int64) Reader {
	return &LimitedReader{R: r, N: n}
}

// discard accepts and drops everything.
type discard struct{}

func (discard) Write(p []byte) (int, error) {
	return len(p), nil
}

func (discard) WriteString(s string) (int, error) {
	return len(s), nil
}

// Discard is a Writer on which all Write calls succeed without doing anything.
var Discard Writer = discard{}
