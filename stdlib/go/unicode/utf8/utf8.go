// Package utf8: converting between runes and their UTF-8 encodings. Decoding, counting
// and validation are natives (stdlib/src/pkgs/utf8.rs) over Rust's UTF-8 rules, which are
// Go's: no overlong forms, no surrogates, nothing above MaxRune; a bad byte decodes as
// (RuneError, 1).
package utf8

// The encoding's constants.
const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func Valid(p []byte) bool
func ValidString(s string) bool

// EncodeRune writes r's encoding (RuneError's for an invalid rune) at the start of p and
// returns its length; p too short for it is an index-out-of-range panic.
func EncodeRune(p []byte, r rune) int

// ValidRune reports whether r is a Unicode scalar value: in range and not a surrogate.
func ValidRune(r rune) bool {
	if r < 0 || r > MaxRune {
		return false
	}
	return r < 0xD800 || r > 0xDFFF
}

// RuneLen returns the number of bytes r's encoding takes, or -1 if r is not valid.
func RuneLen(r rune) int {
	switch {
	case !ValidRune(r):
		return -1
	case r < RuneSelf:
		return 1
	case r < 1<<11:
		return 2
	case r < 1<<16:
		return 3
	}
	return 4
}

// AppendRune appends r's encoding to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var enc [UTFMax]byte
	n := EncodeRune(enc[:], r)
	return append(p, enc[:n]...)
}

// RuneStart reports whether b can begin an encoding: it is not a continuation byte
// (10xxxxxx).
func RuneStart(b byte) bool {
	return b>>6 != 2
}
