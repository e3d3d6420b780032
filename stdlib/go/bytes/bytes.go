// Package bytes: the strings API for byte slices, and Buffer.
//
// Searching, case mapping and comparison convert to strings and use package strings (its
// natives do the scanning). Functions that cut a slice into pieces return subslices of
// their argument, as Go does: each piece but the last has no spare capacity, so appending
// to one cannot overwrite the next. Buffer is a byte queue: writes append, reads consume
// from the front.
package bytes

import (
	"errors"
	"io"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b hold the same bytes (nil equals empty).
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare is -1, 0 or +1 as a sorts before, equal to or after b, byte-wise.
func Compare(a, b []byte) int { return strings.Compare(string(a), string(b)) }

// EqualFold reports whether s and t, read as UTF-8, are equal under case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// Index is the offset of the first sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

// LastIndex is the offset of the last sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

// IndexByte is the offset of the first c in b, or -1.
func IndexByte(b []byte, c byte) int { return strings.IndexByte(string(b), c) }

// LastIndexByte is the offset of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(string(s), c) }

// IndexRune is the offset of the first rune r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

// IndexAny is the offset of the first rune of s that is in chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

// LastIndexAny is the offset of the last rune of s that is in chars, or -1.
func LastIndexAny(s []byte, chars string) int { return strings.LastIndexAny(string(s), chars) }

// IndexFunc is the offset of the first rune of s satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(string(s), f) }

// LastIndexFunc is the offset of the last rune of s satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return strings.LastIndexFunc(string(s), f)
}

// Contains reports whether subslice occurs in b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether a rune of chars occurs in b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r occurs in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether a rune of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Count is the number of non-overlapping sep in s (runes plus one for an empty sep).
func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix []byte) bool { return strings.HasPrefix(string(s), string(prefix)) }

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool { return strings.HasSuffix(string(s), string(suffix)) }

// piece is s[lo:hi] without room to grow into what follows it.
func piece(s []byte, lo, hi int) []byte { return s[lo:hi:hi] }

// cut is the Split family over s: at most n pieces (n < 0: all), each keeping keep bytes
// of the separator after it; an empty sep cuts between runes.
func cut(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return runePieces(s, n)
	}
	str, want := string(s), string(sep)
	if n < 0 || n > len(s)+1 {
		n = len(s) + 1
	}
	var pieces [][]byte
	start := 0
	for len(pieces) < n-1 {
		i := strings.Index(str[start:], want)
		if i < 0 {
			break
		}
		pieces = append(pieces, piece(s, start, start+i+keep))
		start += i + len(sep)
	}
	return append(pieces, s[start:])
}

// runePieces cuts s into single runes, the n-th piece holding the rest (n < 0: no limit).
func runePieces(s []byte, n int) [][]byte {
	if runes := utf8.RuneCount(s); n < 0 || n > runes {
		n = runes
	}
	pieces := make([][]byte, 0, n)
	for ; n > 1; n-- {
		_, w := utf8.DecodeRune(s)
		pieces = append(pieces, piece(s, 0, w))
		s = s[w:]
	}
	if n == 1 {
		pieces = append(pieces, s)
	}
	return pieces
}

// Split cuts s around every sep.
func Split(s, sep []byte) [][]byte { return cut(s, sep, 0, -1) }

// SplitN is Split into at most n pieces (n < 0: all; n == 0: nil).
func SplitN(s, sep []byte, n int) [][]byte { return cut(s, sep, 0, n) }

// SplitAfter is Split with each separator kept at the end of its piece.
func SplitAfter(s, sep []byte) [][]byte { return cut(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter into at most n pieces.
func SplitAfterN(s, sep []byte, n int) [][]byte { return cut(s, sep, len(sep), n) }

// Fields cuts s around runs of Unicode white space.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc cuts s around runs of runes satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	pieces := [][]byte{}
	start := -1 // the offset of the current field, or -1 between fields
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		switch {
		case !f(r) && start < 0:
			start = i
		case f(r) && start >= 0:
			pieces = append(pieces, piece(s, start, i))
			start = -1
		}
		i += w
	}
	if start >= 0 {
		pieces = append(pieces, piece(s, start, len(s)))
	}
	return pieces
}

// Join concatenates s with sep between neighbours, into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	out := []byte{}
	for i, part := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, part...)
	}
	return out
}

// Repeat is count copies of b, in a new slice.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	return []byte(strings.Repeat(string(b), count))
}

// ToUpper is s with every rune upper-cased, in a new slice.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

// ToLower is s with every rune lower-cased, in a new slice.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

// ToTitle is s with every rune title-cased, in a new slice.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

// ToUpperSpecial is strings.ToUpperSpecial over s, in a new slice.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial is strings.ToLowerSpecial over s, in a new slice.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial is strings.ToTitleSpecial over s, in a new slice.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// Title is strings.Title over s, in a new slice.
//
// Deprecated: its idea of a word boundary ignores Unicode punctuation.
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }

// Map applies mapping to every rune of s (dropping those mapped to a negative value),
// into a new slice.
func Map(mapping func(r rune) rune, s []byte) []byte {
	return []byte(strings.Map(mapping, string(s)))
}

// Runes is s decoded as UTF-8.
func Runes(s []byte) []rune { return []rune(string(s)) }

// ReplaceAll substitutes new for every old in s, into a new slice.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Replace substitutes new for the first n old in s (n < 0: all), into a new slice.
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// sub is s[lo:hi], or nil when that is empty (the Trim family returns nil for nothing).
func sub(s []byte, lo, hi int) []byte {
	if lo >= hi {
		return nil
	}
	return s[lo:hi]
}

// trimmed is s without the leading runes satisfying left and the trailing ones
// satisfying right (nil tests trim nothing).
func trimmed(s []byte, left, right func(rune) bool) []byte {
	lo, hi := 0, len(s)
	for left != nil && lo < hi {
		r, w := utf8.DecodeRune(s[lo:hi])
		if !left(r) {
			break
		}
		lo += w
	}
	for right != nil && lo < hi {
		r, w := utf8.DecodeLastRune(s[lo:hi])
		if !right(r) {
			break
		}
		hi -= w
	}
	return sub(s, lo, hi)
}

// inSet is the test "r is a rune of cutset".
func inSet(cutset string) func(rune) bool {
	return func(r rune) bool { return strings.ContainsRune(cutset, r) }
}

// TrimSpace is s without the white space around it (a subslice, nil if nothing is left).
func TrimSpace(s []byte) []byte { return TrimFunc(s, unicode.IsSpace) }

// TrimFunc is s without the runes satisfying f at both ends.
func TrimFunc(s []byte, f func(r rune) bool) []byte { return trimmed(s, f, f) }

// TrimLeftFunc is s without its leading runes satisfying f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte { return trimmed(s, f, nil) }

// TrimRightFunc is s without its trailing runes satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte { return trimmed(s, nil, f) }

// Trim is s without the runes of cutset at both ends.
func Trim(s []byte, cutset string) []byte { return TrimFunc(s, inSet(cutset)) }

// TrimLeft is s without its leading runes that are in cutset.
func TrimLeft(s []byte, cutset string) []byte { return TrimLeftFunc(s, inSet(cutset)) }

// TrimRight is s without its trailing runes that are in cutset.
func TrimRight(s []byte, cutset string) []byte { return TrimRightFunc(s, inSet(cutset)) }

// TrimPrefix is s without prefix, if it starts with it.
func TrimPrefix(s, prefix []byte) []byte {
	rest, _ := CutPrefix(s, prefix)
	return rest
}

// TrimSuffix is s without suffix, if it ends with it.
func TrimSuffix(s, suffix []byte) []byte {
	rest, _ := CutSuffix(s, suffix)
	return rest
}

// Cut splits s around its first sep (subslices); found is false and after nil if there
// is none.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix is s without prefix, and whether s started with it.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// CutSuffix is s without suffix, and whether s ended with it.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// Clone is a copy of b that shares no memory with it (nil stays nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// MinRead is the room Buffer.ReadFrom makes before each Read.
const MinRead = 512

// ErrTooLarge is the panic of a Buffer that cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

// Buffer is a queue of bytes: the Write methods append, the Read methods consume from the
// front. Its zero value is empty and ready.
type Buffer struct {
	data  []byte // the unread bytes are data[start:]
	start int
	undo  int // what the last call lets Unread* give back: 0 nothing, -1 one byte, k>0 a rune of k bytes
}

// NewBuffer is a Buffer holding buf, which it takes over.
func NewBuffer(buf []byte) *Buffer { return &Buffer{data: buf} }

// NewBufferString is a Buffer holding the bytes of s.
func NewBufferString(s string) *Buffer { return &Buffer{data: []byte(s)} }

// Bytes is the unread part, shared with the buffer until its next change.
func (b *Buffer) Bytes() []byte { return b.data[b.start:] }

// String is the unread part as a string ("<nil>" for a nil *Buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.data[b.start:])
}

// Len is the number of unread bytes.
func (b *Buffer) Len() int { return len(b.data) - b.start }

// Cap is the size of the storage, read and unread.
func (b *Buffer) Cap() int { return cap(b.data) }

// Available is the room left for writing without growing.
func (b *Buffer) Available() int { return cap(b.data) - len(b.data) }

// AvailableBuffer is an empty slice over that room, to append to and then Write.
func (b *Buffer) AvailableBuffer() []byte { return b.data[len(b.data):] }

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.data, b.start, b.undo = b.data[:0], 0, 0
}

// Truncate keeps only the first n unread bytes.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.undo = 0
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.data = b.data[:b.start+n]
}

// Grow makes room for n more bytes to be written without another allocation.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	b.reserve(n)
}

// reserve makes room for n more bytes: first by moving the unread bytes to the front
// of the storage, else by moving them to storage of twice the size plus n.
func (b *Buffer) reserve(n int) {
	if b.Available() >= n {
		return
	}
	unread := b.data[b.start:]
	size := cap(b.data)
	if len(unread)+n > size/2 {
		size = 2*size + n
		if size < 64 {
			size = 64
		}
		b.data = make([]byte, len(unread), size)
	} else {
		b.data = b.data[:len(unread)]
	}
	copy(b.data, unread)
	b.start = 0
}

// Write appends p; it never fails.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.undo = 0
	b.data = append(b.data, p...)
	return len(p), nil
}

// WriteString appends s; it never fails.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.undo = 0
	b.data = append(b.data, s...)
	return len(s), nil
}

// WriteByte appends c; it never fails.
func (b *Buffer) WriteByte(c byte) error {
	b.undo = 0
	b.data = append(b.data, c)
	return nil
}

// WriteRune appends the UTF-8 form of r (RuneError's if r is not a rune).
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	b.undo = 0
	before := len(b.data)
	b.data = utf8.AppendRune(b.data, r)
	return len(b.data) - before, nil
}

// empty resets a buffer with nothing left to read and reports whether it was so.
func (b *Buffer) empty() bool {
	if b.start < len(b.data) {
		return false
	}
	b.Reset()
	return true
}

// take consumes the next n unread bytes (n <= Len) and returns them.
func (b *Buffer) take(n int) []byte {
	taken := b.data[b.start : b.start+n]
	b.start += n
	b.undo = 0
	if n > 0 {
		b.undo = -1
	}
	return taken
}

// Read moves the next unread bytes into p; an empty buffer reports io.EOF (unless p is
// empty too).
func (b *Buffer) Read(p []byte) (n int, err error) {
	if b.empty() {
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	return copy(p, b.take(min(len(p), b.Len()))), nil
}

// Next consumes up to n unread bytes and returns them, shared with the buffer.
func (b *Buffer) Next(n int) []byte { return b.take(min(n, b.Len())) }

// ReadByte consumes one byte.
func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		return 0, io.EOF
	}
	return b.take(1)[0], nil
}

// ReadRune consumes one UTF-8 rune (an invalid byte reads as RuneError of size 1).
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		return 0, 0, io.EOF
	}
	r, size = utf8.DecodeRune(b.data[b.start:])
	b.take(size)
	b.undo = size
	return r, size, nil
}

// UnreadByte gives back the last byte of the previous successful read.
func (b *Buffer) UnreadByte() error {
	if b.undo == 0 {
		return errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
	}
	b.undo = 0
	if b.start > 0 {
		b.start--
	}
	return nil
}

// UnreadRune gives back the rune the previous call read with ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.undo <= 0 {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.start >= b.undo {
		b.start -= b.undo
	}
	b.undo = 0
	return nil
}

// ReadBytes consumes up to and including the first delim, into a new slice; without
// one it consumes everything and reports io.EOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	n := IndexByte(b.data[b.start:], delim) + 1
	if n == 0 {
		n, err = b.Len(), io.EOF
	}
	return append([]byte(nil), b.take(n)...), err
}

// ReadString is ReadBytes as a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	bytes, err := b.ReadBytes(delim)
	return string(bytes), err
}

// WriteTo writes the unread bytes to w, consuming what w accepted.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.undo = 0
	if unread := b.Len(); unread > 0 {
		m, err := w.Write(b.data[b.start:])
		if m > unread {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.start += m
		if err != nil {
			return int64(m), err
		}
		if m < unread {
			return int64(m), io.ErrShortWrite
		}
		n = int64(m)
	}
	b.Reset()
	return n, nil
}

// ReadFrom appends everything r yields until io.EOF (which it does not report).
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.undo = 0
	for {
		b.reserve(MinRead)
		m, err := r.Read(b.data[len(b.data):cap(b.data)])
		if m < 0 {
			panic(errors.New("bytes.Buffer: reader returned negative count from Read"))
		}
		b.data = b.data[:len(b.data)+m]
		n += int64(m)
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// Lines is an iterator over the lines of s, each with its terminating newline (the last
// line may have none); each line is a subslice of s without spare capacity. The
// iterator consumes s, each line before it is yielded: it is single-use, as Go's.
func Lines(s []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for len(s) > 0 {
			end := IndexByte(s, '\n') + 1
			if end == 0 {
				end = len(s)
			}
			line := s[:end:end]
			s = s[end:]
			if !yield(line) {
				return
			}
		}
	}
}

// SplitSeq is an iterator over the subslices of s between the separators sep, as Split
// returns them.
func SplitSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, 0) }

// SplitAfterSeq is an iterator over the subslices of s after each sep, as SplitAfter
// returns them.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte] { return splitSeq(s, sep, len(sep)) }

// splitSeq yields the pieces of s cut at each sep, keeping keep bytes of the separator;
// an empty sep cuts after each UTF-8 sequence. It consumes s as it goes (a second use
// sees what the first left, as Go's does). Every piece but the last is clipped.
func splitSeq(s, sep []byte, keep int) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		for {
			// The next piece is s[:end]; the rest starts at skip.
			var end, skip int
			if len(sep) == 0 {
				if len(s) == 0 {
					return
				}
				_, end = utf8.DecodeRune(s)
				skip = end
			} else if at := Index(s, sep); at >= 0 {
				end, skip = at+keep, at+len(sep)
			} else {
				yield(s)
				return
			}
			if !yield(s[:end:end]) {
				return
			}
			s = s[skip:]
		}
	}
}

// FieldsSeq is an iterator over the fields of s, the runs of characters between white
// space (unicode.IsSpace), as clipped subslices.
func FieldsSeq(s []byte) iter.Seq[[]byte] { return FieldsFuncSeq(s, unicode.IsSpace) }

// FieldsFuncSeq is an iterator over the runs of characters of s for which sep is false,
// as clipped subslices.
func FieldsFuncSeq(s []byte, sep func(rune) bool) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		start := -1
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRune(s[i:])
			switch {
			case !sep(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(s[start:i:i]) {
					return
				}
				start = -1
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:len(s):len(s)])
		}
	}
}
