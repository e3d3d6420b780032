// Package bufio: buffered reading (Reader), buffered writing (Writer), both at once
// (ReadWriter), and splitting input into tokens (Scanner and its split functions).
//
// A Reader keeps the unread bytes in buf[r:w] and the first read error in err, which it
// reports only once the buffered bytes are consumed. A Writer keeps pending bytes in
// buf[:n]; its first write error sticks and fails every later call.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	defaultSize = 4096
	minReadSize    = 16
	// patience is how many empty reads in a row count as a broken reader.
	patience = 100
)

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

var errNegativeRead = errors.New("bufio: reader returned negative count from Read")
var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// Reader buffers an io.Reader. unread (the last byte read, -1: none) and runeWidth
// (-1: none) remember
// the last read for UnreadByte and UnreadRune.
type Reader struct {
	buf          []byte
	rd           io.Reader
	head, tail   int
	err          error
	unread       int
	runeWidth    int
}

// NewReaderSize returns a Reader with a buffer of at least size bytes (16 at least);
// rd itself if it already is such a Reader.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	b := &Reader{}
	b.reset(make([]byte, max(size, minReadSize)), rd)
	return b
}

// NewReader returns a Reader with the default buffer size.
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultSize)
}

// Size returns the buffer's size.
func (b *Reader) Size() int {
	return len(b.buf)
}

// Reset discards everything buffered and reads from r from now on.
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, unread: -1, runeWidth: -1}
}

// forget makes the next UnreadByte and UnreadRune fail.
func (b *Reader) forget() {
	b.unread = -1
	b.runeWidth = -1
}

// fill moves the unread bytes to the front and reads once more into the space after
// them, retrying empty reads up to patience times.
func (b *Reader) fill() {
	if b.head > 0 {
		b.tail = copy(b.buf, b.buf[b.head:b.tail])
		b.head = 0
	}
	if b.tail >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for tries := 0; tries < patience; tries++ {
		got, err := b.rd.Read(b.buf[b.tail:])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.tail += got
		if err != nil {
			b.err = err
			return
		}
		if got > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// takeErr returns the pending read error and clears it.
func (b *Reader) takeErr() error {
	err := b.err
	b.err = nil
	return err
}

// Buffered returns how many bytes can be read without reading from the source.
func (b *Reader) Buffered() int {
	return b.tail - b.head
}

// Peek returns the next n bytes without consuming them; they stay valid until the next
// read. Fewer than n bytes come with the reason: the read error, or ErrBufferFull when
// n exceeds the buffer.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.forget()
	for b.Buffered() < n && b.Buffered() < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.head:b.tail], ErrBufferFull
	}
	if have := b.Buffered(); have < n {
		err := b.takeErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.head : b.head+have], err
	}
	return b.buf[b.head : b.head+n], nil
}

// Discard skips the next n bytes and returns how many it skipped; fewer than n comes
// with the read error that stopped it.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.forget()
	left := n
	for {
		if b.Buffered() == 0 {
			b.fill()
		}
		skip := min(b.Buffered(), left)
		b.head += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.takeErr()
		}
	}
}

// Read reads into p from the buffer, calling the source at most once: directly into p
// when the buffer is empty and p is at least as large as it.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.takeErr()
	}
	if b.head == b.tail {
		if b.err != nil {
			return 0, b.takeErr()
		}
		if len(p) >= len(b.buf) {
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.unread = int(p[n-1])
				b.runeWidth = -1
			}
			return n, b.takeErr()
		}
		b.head, b.tail = 0, 0
		got, rerr := b.rd.Read(b.buf)
		if got < 0 {
			panic(errNegativeRead)
		}
		b.err = rerr
		if got == 0 {
			return 0, b.takeErr()
		}
		b.tail = got
	}
	n = copy(p, b.buf[b.head:b.tail])
	b.head += n
	b.unread = int(b.buf[b.head-1])
	b.runeWidth = -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.runeWidth = -1
	for b.head == b.tail {
		if b.err != nil {
			return 0, b.takeErr()
		}
		b.fill()
	}
	c := b.buf[b.head]
	b.head++
	b.unread = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read; only right after a read operation.
func (b *Reader) UnreadByte() error {
	if b.unread < 0 || b.head == 0 && b.tail > 0 {
		return ErrInvalidUnreadByte
	}
	if b.head == 0 {
		b.tail = 1
	} else {
		b.head--
	}
	b.buf[b.head] = byte(b.unread)
	b.forget()
	return nil
}

// ReadRune reads one UTF-8 encoded rune; a bad encoding reads as (RuneError, 1).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.Buffered() < utf8.UTFMax && !utf8.FullRune(b.buf[b.head:b.tail]) && b.err == nil && b.Buffered() < len(b.buf) {
		b.fill()
	}
	b.runeWidth = -1
	if b.head == b.tail {
		return 0, 0, b.takeErr()
	}
	r, size = utf8.DecodeRune(b.buf[b.head:b.tail])
	b.head += size
	b.unread = int(b.buf[b.head-1])
	b.runeWidth = size
	return r, size, nil
}

// UnreadRune puts back the last rune; only right after ReadRune.
func (b *Reader) UnreadRune() error {
	if b.runeWidth < 0 || b.head < b.runeWidth {
		return ErrInvalidUnreadRune
	}
	b.head -= b.runeWidth
	b.forget()
	return nil
}

// ReadSlice reads through the first delim and returns a view of the buffer (valid until
// the next read). Without delim it returns what there is with the read error, or the
// whole buffer with ErrBufferFull when the buffer filled first.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0
	for {
		if at := bytes.IndexByte(b.buf[b.head+searched:b.tail], delim); at >= 0 {
			end := b.head + searched + at + 1
			line = b.buf[b.head:end]
			b.head = end
			break
		}
		if b.err != nil {
			line = b.buf[b.head:b.tail]
			b.head = b.tail
			err = b.takeErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.head = b.tail
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.Buffered()
		b.fill()
	}
	if len(line) > 0 {
		b.unread = int(line[len(line)-1])
		b.runeWidth = -1
	}
	return line, err
}

// ReadLine returns one line without its "\n" or "\r\n". A line longer than the buffer
// comes in pieces with isPrefix set on all but the last.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' buffered: it may start the "\r\n" that ends the line.
		if len(line) > 0 && line[len(line)-1] == '\r' {
			if b.head == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.head--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	if line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
		if len(line) > 0 && line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
	}
	return line, false, nil
}

// readPieces reads through delim, collecting copies of every full buffer on the way;
// last is the final piece (a view of the buffer).
func (b *Reader) readPieces(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		piece, perr := b.ReadSlice(delim)
		if perr != ErrBufferFull {
			return full, piece, total + len(piece), perr
		}
		full = append(full, append([]byte(nil), piece...))
		total += len(piece)
	}
}

// ReadBytes reads through the first delim, returning a new slice; without delim, the
// data read and the error that stopped it.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.readPieces(delim)
	out := make([]byte, 0, total)
	for _, piece := range full {
		out = append(out, piece...)
	}
	return append(out, last...), err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.readPieces(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, piece := range full {
		sb.Write(piece)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo writes the buffered bytes and then the rest of the source to w, letting the
// source (WriterTo) or w (ReaderFrom) do the copying when they can.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.forget()
	if n, err = b.drainTo(w); err != nil {
		return n, err
	}
	if src, ok := b.rd.(io.WriterTo); ok {
		m, err := src.WriteTo(w)
		return n + m, err
	}
	if dst, ok := w.(io.ReaderFrom); ok {
		m, err := dst.ReadFrom(b.rd)
		return n + m, err
	}
	if b.Buffered() < len(b.buf) {
		b.fill()
	}
	for b.head < b.tail {
		m, err := b.drainTo(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.takeErr()
}

// drainTo writes the buffered bytes to w once, consuming what w took.
func (b *Reader) drainTo(w io.Writer) (int64, error) {
	put, err := w.Write(b.buf[b.head:b.tail])
	if put < 0 {
		panic(errNegativeWrite)
	}
	b.head += put
	return int64(put), err
}

// Writer buffers an io.Writer; call Flush to pass the buffered bytes on.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize returns a Writer with a buffer of size bytes (the default if size <= 0);
// w itself if it already is a Writer at least that large.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size.
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultSize)
}

// Size returns the buffer's size.
func (b *Writer) Size() int {
	return len(b.buf)
}

// Reset drops the buffered bytes and any error, and writes to w from now on.
func (b *Writer) Reset(w io.Writer) {
	if b.buf == nil {
		b.buf = make([]byte, defaultSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered bytes. A short write without an error is ErrShortWrite;
// after a failure the unwritten bytes stay buffered and the error sticks.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	put, err := b.wr.Write(b.buf[:b.n])
	if put < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if put > 0 && put < b.n {
			copy(b.buf, b.buf[put:b.n])
		}
		b.n -= put
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns the free space in the buffer.
func (b *Writer) Available() int {
	return len(b.buf) - b.n
}

// AvailableBuffer returns the free space as an empty slice to append to and then Write.
func (b *Writer) AvailableBuffer() []byte {
	return b.buf[b.n:][:0]
}

// Buffered returns how many bytes wait to be written.
func (b *Writer) Buffered() int {
	return b.n
}

// Write buffers p, flushing whenever the buffer fills; with an empty buffer, a part too
// large for it goes straight to the underlying writer.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var took int
		if b.n == 0 {
			took, b.err = b.wr.Write(p)
		} else {
			took = copy(b.buf[b.n:], p)
			b.n += took
			b.Flush()
		}
		nn += took
		p = p[took:]
	}
	if b.err != nil {
		return nn, b.err
	}
	took := copy(b.buf[b.n:], p)
	b.n += took
	return nn + took, nil
}

// WriteString is Write for a string; the underlying writer's WriteString is used for a
// direct write when it has one.
func (b *Writer) WriteString(s string) (int, error) {
	sw, direct := b.wr.(io.StringWriter)
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var took int
		if b.n == 0 && direct {
			took, b.err = sw.WriteString(s)
		} else {
			took = copy(b.buf[b.n:], s)
			b.n += took
			b.Flush()
		}
		nn += took
		s = s[took:]
	}
	if b.err != nil {
		return nn, b.err
	}
	took := copy(b.buf[b.n:], s)
	b.n += took
	return nn + took, nil
}

// WriteByte buffers one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune buffers r's UTF-8 encoding and returns its length.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		if err = b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// ReadFrom reads r to its end into the buffer, flushing as it fills; with an empty buffer
// an underlying ReaderFrom does the whole job.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	dst, delegate := b.wr.(io.ReaderFrom)
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if delegate && b.n == 0 {
			m, derr := dst.ReadFrom(r)
			b.err = derr
			return n + m, derr
		}
		got, empties := 0, 0
		for ; empties < patience; empties++ {
			got, err = r.Read(b.buf[b.n:])
			if got != 0 || err != nil {
				break
			}
		}
		if empties == patience {
			return n, io.ErrNoProgress
		}
		b.n += got
		n += int64(got)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		err = nil
		if b.Available() == 0 {
			err = b.Flush()
		}
	}
	return n, err
}

// ReadWriter joins a Reader and a Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter over r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}

// ---- Scanner ----

// Scanner reads input as a sequence of tokens cut by a SplitFunc (lines by default).
// Unconsumed input sits in buf[from:to]; the buffer doubles, up to limit, when
// a token does not fit. stop is the first error; io.EOF there means the input ended.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	limit        int
	token        []byte
	buf          []byte
	from, to     int
	stop         error
	empties      int
	started      bool
	done         bool
}

// SplitFunc cuts the next token from data: it returns how far to advance the input and
// the token (nil for none yet). atEOF says no more data will come. Returning
// ErrFinalToken ends the scan after this token.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken, returned by a SplitFunc, makes its token the last one.
var ErrFinalToken = errors.New("final token")

// MaxScanTokenSize is the default largest token.
const MaxScanTokenSize = 64 * 1024

const firstBufSize = 4096

// NewScanner returns a Scanner of r's lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, limit: MaxScanTokenSize}
}

// Err returns the error that ended the scan; nil when the input simply ended.
func (s *Scanner) Err() error {
	if s.stop == io.EOF {
		return nil
	}
	return s.stop
}

// Bytes returns the current token, a view that the next Scan may overwrite.
func (s *Scanner) Bytes() []byte {
	return s.token
}

// Text returns the current token as a string.
func (s *Scanner) Text() string {
	return string(s.token)
}

// Scan advances to the next token and reports whether there is one. It panics if the
// split function keeps returning tokens without advancing after the input ended.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.started = true
	for {
		if s.to > s.from || s.stop != nil {
			advance, token, err := s.split(s.buf[s.from:s.to], s.stop != nil)
			if err == ErrFinalToken {
				s.token = token
				s.done = true
				return token != nil
			}
			if err != nil {
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				s.noteToken(advance)
				return true
			}
		}
		if s.stop != nil {
			s.from, s.to = 0, 0
			return false
		}
		if !s.makeRoom() {
			return false
		}
		s.readMore()
	}
}

// noteToken counts tokens that came without progress after the input ended.
func (s *Scanner) noteToken(advance int) {
	if s.stop == nil || advance > 0 {
		s.empties = 0
		return
	}
	s.empties++
	if s.empties > patience {
		panic("bufio.Scan: too many empty tokens without progressing")
	}
}

// makeRoom shifts the unconsumed input to the front when that frees enough, and grows a
// full buffer; a full buffer of limit bytes is ErrTooLong.
func (s *Scanner) makeRoom() bool {
	if s.from > 0 && (s.to == len(s.buf) || s.from > len(s.buf)/2) {
		s.to = copy(s.buf, s.buf[s.from:s.to])
		s.from = 0
	}
	if s.to < len(s.buf) {
		return true
	}
	if len(s.buf) >= s.limit || len(s.buf) > int(^uint(0)>>2) {
		s.setErr(ErrTooLong)
		return false
	}
	size := 2 * len(s.buf)
	if size == 0 {
		size = firstBufSize
	}
	grown := make([]byte, min(size, s.limit))
	s.to = copy(grown, s.buf[s.from:s.to])
	s.from = 0
	s.buf = grown
	return true
}

// readMore reads once into the free space, retrying empty reads up to patience times.
func (s *Scanner) readMore() {
	for empty := 0; ; {
		got, err := s.r.Read(s.buf[s.to:])
		if got < 0 || got > len(s.buf)-s.to {
			s.setErr(ErrBadReadCount)
			return
		}
		s.to += got
		if err != nil {
			s.setErr(err)
			return
		}
		if got > 0 {
			s.empties = 0
			return
		}
		empty++
		if empty > patience {
			s.setErr(io.ErrNoProgress)
			return
		}
	}
}

// advance consumes n bytes of input, which the split function must have had.
func (s *Scanner) advance(n int) bool {
	switch {
	case n < 0:
		s.setErr(ErrNegativeAdvance)
		return false
	case n > s.to-s.from:
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.from += n
	return true
}

// setErr records err unless an error other than io.EOF is already recorded.
func (s *Scanner) setErr(err error) {
	if s.stop == nil || s.stop == io.EOF {
		s.stop = err
	}
}

// Buffer sets the initial buffer (its whole capacity is used) and the largest token size;
// it panics once scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.started {
		panic("Buffer called after Scan")
	}
	s.buf = buf[:cap(buf)]
	s.limit = max
}

// Split sets the split function; it panics once scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.started {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[:1], nil
}

// replacement is the token for a byte that is not valid UTF-8.
var replacement = []byte(string(utf8.RuneError))

// ScanRunes makes each UTF-8 encoded rune a token; a bad encoding is one byte, which
// comes out as the encoding of U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	if _, width := utf8.DecodeRune(data); width > 1 || data[0] < utf8.RuneSelf {
		return width, data[:width], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		return 0, nil, nil
	}
	return 1, replacement, nil
}

// ScanLines makes each line a token, without its "\n" or "\r\n"; the last line needs no
// newline, and an empty last line is no token.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if nl := bytes.IndexByte(data, '\n'); nl >= 0 {
		return nl + 1, withoutCR(data[:nl]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), withoutCR(data), nil
	}
	return 0, nil, nil
}

func withoutCR(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

// ScanWords makes each run of non-space runes a token (space as unicode.IsSpace says).
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	from := 0
	for from < len(data) {
		r, width := utf8.DecodeRune(data[from:])
		if !unicode.IsSpace(r) {
			break
		}
		from += width
	}
	for at := from; at < len(data); {
		r, width := utf8.DecodeRune(data[at:])
		if unicode.IsSpace(r) {
			return at + width, data[from:at], nil
		}
		at += width
	}
	if atEOF && len(data) > from {
		return len(data), data[from:], nil
	}
	return from, nil, nil
}
