// Package strings: searching, splitting, trimming, case mapping and building of strings.
//
// Byte scanning (Index, Count...), case mapping and the hot splitters (Fields, Split's core,
// TrimSpace) are Rust natives in stdlib/src/pkgs/strings.rs; this file builds the rest of
// the API on them. Strings are treated as UTF-8: an invalid byte reads as one RuneError.
package strings

import (
	"errors"
	"io"
	"iter"
	"unicode"
	"unicode/utf8"
)

// Index is the byte offset of the first substr in s, or -1.
func Index(s, substr string) int

// LastIndex is the byte offset of the last substr in s, or -1.
func LastIndex(s, substr string) int

// IndexByte is the offset of the first byte c in s, or -1.
func IndexByte(s string, c byte) int

// Count is the number of non-overlapping substr in s; an empty substr is found around
// every rune, so it counts runes plus one.
func Count(s, substr string) int

// ToUpper maps every rune of s to upper case.
func ToUpper(s string) string

// ToLower maps every rune of s to lower case.
func ToLower(s string) string

// EqualFold reports whether s and t are equal when every rune is case-folded.
func EqualFold(s, t string) bool

// Fields cuts s around runs of Unicode white space; it never returns empty pieces.
func Fields(s string) []string

// TrimSpace drops the Unicode white space around s.
func TrimSpace(s string) string

// repeat is the native behind Repeat, once count is known to be sane.
func repeat(s string, count int) string

// Repeat is count copies of s.
func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > 0 && count > (1<<62)/len(s) {
		panic("strings: Repeat output length overflow")
	}
	return repeat(s, count)
}

// Contains reports whether substr occurs in s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars occurs in s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r occurs in s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// ContainsFunc reports whether some rune of s satisfies f.
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

// IndexRune is the offset of the first r in s, or -1. RuneError also matches invalid
// bytes; a value that is not a rune matches nothing.
func IndexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	if r == utf8.RuneError {
		return IndexFunc(s, isRuneError)
	}
	if !utf8.ValidRune(r) {
		return -1
	}
	return Index(s, string(r))
}

func isRuneError(r rune) bool { return r == utf8.RuneError }

// IndexAny is the offset of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	return IndexFunc(s, func(r rune) bool { return IndexRune(chars, r) >= 0 })
}

// LastIndexAny is the offset of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	return LastIndexFunc(s, func(r rune) bool { return IndexRune(chars, r) >= 0 })
}

// LastIndexByte is the offset of the last byte c in s, or -1.
func LastIndexByte(s string, c byte) int {
	i := len(s) - 1
	for i >= 0 && s[i] != c {
		i--
	}
	return i
}

// IndexFunc is the offset of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc is the offset of the last rune of s satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for end := len(s); end > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:end])
		end -= w
		if f(r) {
			return end
		}
	}
	return -1
}

// HasPrefix reports whether s starts with prefix.
func HasPrefix(s, prefix string) bool {
	return len(prefix) <= len(s) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(suffix) <= len(s) && s[len(s)-len(suffix):] == suffix
}

// split is the native core of the Split family: s cut at the first n-1 occurrences of a
// non-empty sep (1 <= n <= len(s)+1), each piece keeping keep bytes of its separator.
func split(s, sep string, keep, n int) []string

// cut is the Split family: at most n pieces (n < 0: all), an empty sep cutting between
// runes.
func cut(s, sep string, keep, n int) []string {
	switch {
	case n == 0:
		return nil
	case sep == "":
		return runePieces(s, n)
	case n < 0 || n > len(s)+1:
		n = len(s) + 1
	}
	return split(s, sep, keep, n)
}

// runePieces cuts s into single runes, the n-th piece holding the rest (n < 0: no limit).
func runePieces(s string, n int) []string {
	if runes := utf8.RuneCountInString(s); n < 0 || n > runes {
		n = runes
	}
	pieces := make([]string, 0, n)
	for ; n > 1; n-- {
		_, w := utf8.DecodeRuneInString(s)
		pieces = append(pieces, s[:w])
		s = s[w:]
	}
	if n == 1 {
		pieces = append(pieces, s)
	}
	return pieces
}

// Split cuts s around every sep; an empty sep cuts between runes.
func Split(s, sep string) []string { return cut(s, sep, 0, -1) }

// SplitN is Split into at most n pieces (n < 0: all; n == 0: nil).
func SplitN(s, sep string, n int) []string { return cut(s, sep, 0, n) }

// SplitAfter is Split with each separator kept at the end of its piece.
func SplitAfter(s, sep string) []string { return cut(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter into at most n pieces.
func SplitAfterN(s, sep string, n int) []string { return cut(s, sep, len(sep), n) }

// FieldsFunc cuts s around runs of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	var pieces []string
	start := -1 // the offset of the current field, or -1 between fields
	for i, r := range s {
		if !f(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			pieces = append(pieces, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		pieces = append(pieces, s[start:])
	}
	if pieces == nil {
		return []string{}
	}
	return pieces
}

// Join concatenates elems with sep between neighbours.
func Join(elems []string, sep string) string {
	if len(elems) == 0 {
		return ""
	}
	size := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		size += len(e)
	}
	out := make([]byte, 0, size)
	for i, e := range elems {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, e...)
	}
	return string(out)
}

// Map applies mapping to every rune of s, dropping those it maps to a negative value.
func Map(mapping func(rune) rune, s string) string {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
	}
	return string(out)
}

// ToTitle maps every rune of s to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps every rune of s to upper case, by c's exceptions first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps every rune of s to lower case, by c's exceptions first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps every rune of s to title case, by c's exceptions first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// Title maps the first letter of each word to title case; a word starts after anything
// but a letter, a digit or '_'.
//
// Deprecated: its idea of a word boundary ignores Unicode punctuation.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		start := endsWord(prev)
		prev = r
		if start {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// endsWord reports whether a word may start after r.
func endsWord(r rune) bool {
	if r < utf8.RuneSelf {
		alnum := '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_'
		return !alnum
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// TrimLeftFunc drops the leading runes of s that satisfy f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	if i := IndexFunc(s, not(f)); i >= 0 {
		return s[i:]
	}
	return ""
}

// TrimRightFunc drops the trailing runes of s that satisfy f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := LastIndexFunc(s, not(f))
	if i < 0 {
		return ""
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return s[:i+w]
}

func not(f func(rune) bool) func(rune) bool {
	return func(r rune) bool { return !f(r) }
}

// TrimFunc drops the runes satisfying f at both ends of s.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// inSet is the test "r is a rune of cutset".
func inSet(cutset string) func(rune) bool {
	return func(r rune) bool { return IndexRune(cutset, r) >= 0 }
}

// Trim drops the runes of cutset at both ends of s.
func Trim(s, cutset string) string { return TrimFunc(s, inSet(cutset)) }

// TrimLeft drops the leading runes of s that are in cutset.
func TrimLeft(s, cutset string) string { return TrimLeftFunc(s, inSet(cutset)) }

// TrimRight drops the trailing runes of s that are in cutset.
func TrimRight(s, cutset string) string { return TrimRightFunc(s, inSet(cutset)) }

// TrimPrefix drops prefix from the start of s, if it is there.
func TrimPrefix(s, prefix string) string {
	rest, _ := CutPrefix(s, prefix)
	return rest
}

// TrimSuffix drops suffix from the end of s, if it is there.
func TrimSuffix(s, suffix string) string {
	rest, _ := CutSuffix(s, suffix)
	return rest
}

// Replace substitutes new for the first n non-overlapping old in s (n < 0: all). An
// empty old matches at the start, after every rune, and so at the end too.
func Replace(s, old, new string, n int) string {
	if found := Count(s, old); old == new || found == 0 || n == 0 {
		return s
	} else if n < 0 || n > found {
		n = found
	}
	var out []byte
	for k := 0; k < n; k++ {
		at := Index(s, old)
		if old == "" && k > 0 {
			_, at = utf8.DecodeRuneInString(s)
		}
		out = append(append(out, s[:at]...), new...)
		s = s[at+len(old):]
	}
	return string(append(out, s...))
}

// ReplaceAll substitutes new for every non-overlapping old in s.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Cut splits s around its first sep; found is false (and after empty) if there is none.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix is s without prefix, and whether s started with it.
func CutPrefix(s, prefix string) (after string, found bool) {
	if HasPrefix(s, prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// CutSuffix is s without suffix, and whether s ended with it.
func CutSuffix(s, suffix string) (before string, found bool) {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// Compare is -1, 0 or +1 as a sorts before, equal to or after b, byte-wise.
func Compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Clone is a copy of s that shares no memory with it.
func Clone(s string) string { return string([]byte(s)) }

// Builder accumulates a string through its Write methods; its zero value is empty.
type Builder struct {
	buf []byte
}

// String is what was written so far.
func (b *Builder) String() string { return string(b.buf) }

// Len is the number of bytes written so far.
func (b *Builder) Len() int { return len(b.buf) }

// Cap is the space reserved, written or not.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties b and releases its space.
func (b *Builder) Reset() { b.buf = nil }

// Grow reserves room for n more bytes.
func (b *Builder) Grow(n int) {
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) >= n {
		return
	}
	grown := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(grown, b.buf)
	b.buf = grown
}

// Write appends p; it never fails.
func (b *Builder) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it never fails.
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 form of r (RuneError's if r is not a rune).
func (b *Builder) WriteRune(r rune) (int, error) {
	before := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - before, nil
}

// WriteString appends s; it never fails.
func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Reader reads a string as an io.Reader, io.ByteScanner, io.RuneScanner, io.ReaderAt and
// io.WriterTo.
type Reader struct {
	s        string
	pos      int // the next byte to read
	lastRune int // the width of the rune the last call read with ReadRune, or 0
}

// NewReader reads s.
func NewReader(s string) *Reader { return &Reader{s: s} }

// Len is the number of unread bytes.
func (r *Reader) Len() int { return len(r.s) - r.pos }

// Size is the length of the whole string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Reset makes r read s from its start.
func (r *Reader) Reset(s string) { *r = Reader{s: s} }

// Read copies the next unread bytes into b; at the end it reports io.EOF.
func (r *Reader) Read(b []byte) (int, error) {
	r.lastRune = 0
	if r.pos >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.pos:])
	r.pos += n
	return n, nil
}

// ReadAt copies the bytes from offset off into b, independently of the read position;
// fewer than len(b) bytes come with io.EOF.
func (r *Reader) ReadAt(b []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n := copy(b, r.s[off:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// ReadByte reads one byte.
func (r *Reader) ReadByte() (byte, error) {
	r.lastRune = 0
	if r.pos >= len(r.s) {
		return 0, io.EOF
	}
	r.pos++
	return r.s[r.pos-1], nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.lastRune = 0
	r.pos--
	return nil
}

// ReadRune reads one UTF-8 rune (an invalid byte reads as RuneError of size 1).
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	r.lastRune = 0
	if r.pos >= len(r.s) {
		return 0, 0, io.EOF
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.pos:])
	r.pos += size
	r.lastRune = size
	return ch, size, nil
}

// UnreadRune steps back over the rune the previous call read with ReadRune.
func (r *Reader) UnreadRune() error {
	if r.pos <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.lastRune == 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.pos -= r.lastRune
	r.lastRune = 0
	return nil
}

// WriteTo writes the unread bytes to w.
func (r *Reader) WriteTo(w io.Writer) (int64, error) {
	r.lastRune = 0
	rest := r.s[r.pos:]
	if rest == "" {
		return 0, nil
	}
	n, err := io.WriteString(w, rest)
	r.pos += n
	if err == nil && n != len(rest) {
		err = io.ErrShortWrite
	}
	return int64(n), err
}

// Replacer substitutes strings for strings in one pass over its input: at each position
// the first old string (in argument order) that starts there is replaced, and scanning
// resumes after it. An empty old string matches between bytes, but not twice in a row at
// the same position.
type Replacer struct {
	pairs []string // old, new, old, new...
}

// NewReplacer takes old, new pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 != 0 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{pairs: append([]string(nil), oldnew...)}
}

// match is the index in r.pairs of the first old string s starts with, or -1; skipEmpty
// ignores empty old strings.
func (r *Replacer) match(s string, skipEmpty bool) int {
	for k := 0; k < len(r.pairs); k += 2 {
		old := r.pairs[k]
		if (old != "" || !skipEmpty) && HasPrefix(s, old) {
			return k
		}
	}
	return -1
}

// Replace is s with the replacements done.
func (r *Replacer) Replace(s string) string {
	var out []byte
	emptyHere := false // an empty old string just matched at i
	for i := 0; i <= len(s); {
		k := r.match(s[i:], emptyHere)
		emptyHere = k >= 0 && r.pairs[k] == ""
		switch {
		case k >= 0:
			out = append(out, r.pairs[k+1]...)
			i += len(r.pairs[k])
		case i < len(s):
			out = append(out, s[i])
			i++
		default:
			i++
		}
	}
	return string(out)
}

// WriteString writes s with the replacements done to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

// Lines is an iterator over the lines of s, each with its terminating newline (the last
// line may have none). The iterator consumes s, each line before it is yielded: it is
// single-use, as Go's.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for s != "" {
			end := IndexByte(s, '\n') + 1
			if end == 0 {
				end = len(s)
			}
			line := s[:end]
			s = s[end:]
			if !yield(line) {
				return
			}
		}
	}
}

// SplitSeq is an iterator over the substrings of s between the separators sep, as Split
// returns them.
func SplitSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, 0) }

// SplitAfterSeq is an iterator over the substrings of s after each sep, as SplitAfter
// returns them.
func SplitAfterSeq(s, sep string) iter.Seq[string] { return splitSeq(s, sep, len(sep)) }

// splitSeq yields the pieces of s cut at each sep, keeping keep bytes of the separator;
// an empty sep cuts after each UTF-8 sequence. It consumes s as it goes (a second use
// sees what the first left, as Go's does).
func splitSeq(s, sep string, keep int) iter.Seq[string] {
	return func(yield func(string) bool) {
		if sep == "" {
			for s != "" {
				_, size := utf8.DecodeRuneInString(s)
				if !yield(s[:size]) {
					return
				}
				s = s[size:]
			}
			return
		}
		for {
			at := Index(s, sep)
			if at < 0 {
				yield(s)
				return
			}
			if !yield(s[:at+keep]) {
				return
			}
			s = s[at+len(sep):]
		}
	}
}

// FieldsSeq is an iterator over the fields of s, the runs of characters between white
// space (unicode.IsSpace).
func FieldsSeq(s string) iter.Seq[string] { return FieldsFuncSeq(s, unicode.IsSpace) }

// FieldsFuncSeq is an iterator over the runs of characters of s for which sep is false.
func FieldsFuncSeq(s string, sep func(rune) bool) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range s {
			switch {
			case !sep(r):
				if start < 0 {
					start = i
				}
			case start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}
