// Package fmt: printing with Go's verbs, Errorf, and scanning (Scan, Scanln, Scanf and
// their F and S forms).
//
// The printer itself is native (stdlib/src/fmt); this file is the API over it, the error
// values Errorf builds, and the scanner, written in Go over io, strconv and unicode.
package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Stringer is a type that prints itself: %v and %s (and Print) use its String method.
type Stringer interface {
	String() string
}

// GoStringer is a type that gives its own %#v text.
type GoStringer interface {
	GoString() string
}

// The layouts of the printer: Print (spaces between operands that are not strings),
// Println (spaces between all, then a newline) and Printf (a format).
const (
	modePrint = iota
	modePrintln
	modePrintf
)

// format runs the printer without calling methods; ok is false if an operand has an
// Error/String/GoString method to call, and formatMethods must be used instead (it runs
// on a coroutine that can call back into Go, which costs more).
func format(mode int, format string, a []any) (s string, ok bool)

// formatMethods runs the printer, calling the operands' methods.
func formatMethods(mode int, format string, a []any) string

// render prints the operands in a layout, calling their methods only if they have any.
func render(mode int, f string, a []any) string {
	if s, ok := format(mode, f, a); ok {
		return s
	}
	return formatMethods(mode, f, a)
}

// writeStdout writes s to the program's standard output and returns len(s).
func writeStdout(s string) int

// Sprintf is the text of a under format.
func Sprintf(format string, a ...any) string { return render(modePrintf, format, a) }

// Sprint is the text of the operands, with a space between two that are not strings.
func Sprint(a ...any) string { return render(modePrint, "", a) }

// Sprintln is the text of the operands separated by spaces, plus a newline.
func Sprintln(a ...any) string { return render(modePrintln, "", a) }

// Printf writes Sprintf(format, a...) to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return writeStdout(Sprintf(format, a...)), nil
}

// Print writes Sprint(a...) to standard output.
func Print(a ...any) (n int, err error) { return writeStdout(Sprint(a...)), nil }

// Println writes Sprintln(a...) to standard output.
func Println(a ...any) (n int, err error) { return writeStdout(Sprintln(a...)), nil }

// Fprintf writes Sprintf(format, a...) to w in one Write call.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Fprint writes Sprint(a...) to w.
func Fprint(w io.Writer, a ...any) (n int, err error) { return w.Write([]byte(Sprint(a...))) }

// Fprintln writes Sprintln(a...) to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Append appends Sprint(a...) to b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

// Appendf appends Sprintf(format, a...) to b.
func Appendf(b []byte, format string, a ...any) []byte { return append(b, Sprintf(format, a...)...) }

// Appendln appends Sprintln(a...) to b.
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

// sprintfWrapping is Sprintf that also returns the argument indices of %w verbs.
func sprintfWrapping(format string, a []any) (string, []int)

// Errorf is an error whose text is Sprintf(format, a...). With %w verbs it also wraps
// their operands: for one %w, errors.Unwrap gives that operand; for several, the error
// has Unwrap() []error listing the error operands in argument order.
func Errorf(format string, a ...any) error {
	text, wrapped := sprintfWrapping(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(text)
	case 1:
		inner, _ := a[wrapped[0]].(error)
		return &wrapError{text, inner}
	}
	return &wrapErrors{text, chosenErrors(a, wrapped)}
}

// chosenErrors lists the operands at the given indices that are errors, in argument
// order and each once.
func chosenErrors(a []any, indices []int) []error {
	var errs []error
	for i, operand := range a {
		err, isErr := operand.(error)
		if isErr && contains(indices, i) {
			errs = append(errs, err)
		}
	}
	return errs
}

func contains(list []int, x int) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}

// wrapError is Errorf's result for one %w (Go's type name: it shows in %T).
type wrapError struct {
	text  string
	inner error
}

func (e *wrapError) Error() string { return e.text }
func (e *wrapError) Unwrap() error { return e.inner }

// wrapErrors is Errorf's result for several %w.
type wrapErrors struct {
	text  string
	inner []error
}

func (e *wrapErrors) Error() string   { return e.text }
func (e *wrapErrors) Unwrap() []error { return e.inner }

// ---------------------------------------------------------------------------------------
// Scanning: the Scan, Scanln and Scanf families read text into the variables their
// operands point to, as the package documentation describes. One scanner value serves one
// call: it reads the input rune by rune, keeps the first failure as the call's error
// (after which every read sees the end of the input), and stores an operand only once its
// text has been read and converted without error.

// Scanner is implemented by a type that reads its own textual form: the scanning
// functions call its Scan method for an operand that has one, with the operand's verb
// ('v' under Scan and Scanln).
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState is the input as a Scan method sees it. ReadRune reports io.EOF at the end of
// the input, past the verb's width, and under Scanln after the line's newline; SkipSpace
// and Token treat newlines as the running function does.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// How a scan treats a newline in its input.
const (
	newlineIsSpace  = iota // Scan, Fscan, Sscan: like any space
	newlineEndsLine        // Scanln, Fscanln, Sscanln: the operands come from one line
	newlineInFormat        // Scanf, Fscanf, Sscanf: where the format has one
)

// eof is what the scanner reads at the end of its input (or of a width, or a line).
const eof = -1

// noLimit is the rune count of an operand without a width.
const noLimit = 1 << 62

const hexDigits = "0123456789abcdefABCDEF"

// Scan reads space-separated values from standard input into the operands, newlines
// counting as spaces; n is the number of operands stored.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Scan for one line: the operands' values must be followed by a newline or the
// end of the input.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf reads standard input under a format, as Fscanf.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan is Scan reading str.
func Sscan(str string, a ...any) (n int, err error) {
	return newScanner(strings.NewReader(str), newlineIsSpace).list(a)
}

// Sscanln is Scanln reading str.
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanner(strings.NewReader(str), newlineEndsLine).list(a)
}

// Sscanf is Fscanf reading str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanner(strings.NewReader(str), newlineInFormat).formatted(format, a)
}

// Fscan is Scan reading r.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(runeInput(r), newlineIsSpace).list(a)
}

// Fscanln is Scanln reading r.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(runeInput(r), newlineEndsLine).list(a)
}

// Fscanf reads r under format: its verbs scan the operands in turn, its other text must
// match the input, spaces and newlines by the documented rules.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(runeInput(r), newlineInFormat).formatted(format, a)
}

// The tokens scanWindow finds.
const (
	tokenWord = iota
	tokenSigned
	tokenUnsigned
	tokenFloat
)

// scanWindow finds the token a scan wants (kind, under verb) at the start of window,
// after spaces, and returns its bounds; the window's bytes up to end are then read.
// (-1, -1): the window does not settle it (an error, an unusual form, or a token that
// may run on past the window unless complete says the input ends there), and the scanner
// reads rune by rune instead.
func scanWindow(kind int, verb rune, newlineIsSpace bool, window string, complete bool) (start, end int)

// windowSize bounds the bytes scanWindow is shown: enough for everyday tokens.
const windowSize = 64

// windowInput is an input whose next bytes can be looked at before they are read:
// a strings.Reader (the input of the Sscan functions) or a bufio.Reader.
type windowInput interface {
	window() (text string, complete bool)
	advance(n int)
}

// bufferedInput is the window of a reader that shows what it has buffered (bufio.Reader):
// looking there reads nothing, so a token within it is taken at once.
type bufferedInput struct {
	r interface {
		Buffered() int
		Peek(n int) ([]byte, error)
		Discard(n int) (discarded int, err error)
	}
}

func (b bufferedInput) window() (string, bool) {
	head, _ := b.r.Peek(min(b.r.Buffered(), windowSize))
	return string(head), false
}

func (b bufferedInput) advance(n int) { b.r.Discard(n) }

// readerAtInput is the window of a strings.Reader, read at its offset without moving it.
type readerAtInput struct{ r *strings.Reader }

func (in readerAtInput) window() (string, bool) {
	left := in.r.Len()
	head := make([]byte, min(left, windowSize))
	in.r.ReadAt(head, in.r.Size()-int64(left))
	return string(head), len(head) == left
}

func (in readerAtInput) advance(n int) { in.r.Read(make([]byte, n)) }

// byteInput reads a reader that has no ReadRune one byte at a time, so that a scan takes
// no more of it than the runes it looks at. The rune given back by UnreadRune lives only
// as long as the scan: a following call does not see it (as the package documents).
type byteInput struct {
	r       io.Reader
	byteBuf []byte // one byte, for r.Read
	ahead   []byte // bytes read but not yet returned as runes
	last    []byte // the encoding of the rune returned last
}

// runeInput is r as a rune source: itself if it can give a rune back.
func runeInput(r io.Reader) io.RuneScanner {
	if rs, ok := r.(io.RuneScanner); ok {
		return rs
	}
	return &byteInput{r: r, byteBuf: make([]byte, 1)}
}

// readByte is the next byte, from the bytes read ahead or from the reader.
func (in *byteInput) readByte() (byte, error) {
	if len(in.ahead) > 0 {
		b := in.ahead[0]
		in.ahead = in.ahead[1:]
		return b, nil
	}
	for {
		n, err := in.r.Read(in.byteBuf)
		if n == 1 {
			return in.byteBuf[0], nil
		}
		if err != nil {
			return 0, err
		}
	}
}

func (in *byteInput) ReadRune() (r rune, size int, err error) {
	first, err := in.readByte()
	if err != nil {
		return 0, 0, err
	}
	enc := append(in.last[:0], first)
	if first < utf8.RuneSelf {
		in.last = enc
		return rune(first), 1, nil
	}
	for !utf8.FullRune(enc) {
		b, err := in.readByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		enc = append(enc, b)
	}
	r, size = utf8.DecodeRune(enc)
	if size < len(enc) { // an invalid sequence: its first byte is one RuneError
		in.ahead = append(append([]byte(nil), enc[size:]...), in.ahead...)
	}
	in.last = enc[:size]
	return r, size, nil
}

func (in *byteInput) UnreadRune() error {
	in.ahead = append(append([]byte(nil), in.last...), in.ahead...)
	in.last = in.last[:0]
	return nil
}

// scanner is the state of one scanning call, and the ScanState of its Scanner operands.
type scanner struct {
	in    io.RuneScanner
	win   windowInput // in's window, if it has one
	mode  int  // newlineIsSpace, newlineEndsLine or newlineInFormat
	ended bool // the input, or under newlineEndsLine its line, is over
	count int  // runes read since the current width was set
	limit int  // the count at which the current operand's width is used up
	width int  // the current verb's width, -1 for none
	err   error
	buf   []byte // the text of the token being read
}

func newScanner(in io.RuneScanner, mode int) *scanner {
	s := &scanner{in: in, mode: mode, limit: noLimit, width: -1}
	switch r := in.(type) {
	case *strings.Reader:
		s.win = readerAtInput{r}
	case interface {
		Buffered() int
		Peek(n int) ([]byte, error)
		Discard(n int) (discarded int, err error)
	}:
		s.win = bufferedInput{r}
	}
	return s
}

// fastToken reads a token of the given kind through the input's window, if the scan is
// one scanWindow handles (no width) and the window settles it.
func (s *scanner) fastToken(kind int, verb rune) (text string, ok bool) {
	if s.win == nil || s.width >= 0 || s.ended || s.err != nil {
		return "", false
	}
	window, complete := s.win.window()
	start, end := scanWindow(kind, verb, s.mode == newlineIsSpace, window, complete)
	if end < 0 {
		return "", false
	}
	s.win.advance(end)
	return window[start:end], true
}

// fail records err (if not nil) as the call's error, unless an earlier failure is
// already there.
func (s *scanner) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *scanner) failText(text string) { s.fail(errors.New(text)) }

// ReadRune reads the next rune of the operand's input.
func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.ended || s.count >= s.limit {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	if err == nil {
		s.count++
		s.ended = s.mode == newlineEndsLine && r == '\n'
	} else if err == io.EOF {
		s.ended = true
	}
	return r, size, err
}

// UnreadRune gives back the rune ReadRune returned last.
func (s *scanner) UnreadRune() error {
	s.in.UnreadRune()
	s.ended = false
	s.count--
	return nil
}

// Read is not for Scan methods, which read runes.
func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// Width is the current verb's width, if it has one.
func (s *scanner) Width() (wid int, ok bool) {
	if s.width < 0 {
		return 0, false
	}
	return s.width, true
}

// SkipSpace reads past spaces. A newline is one of them under Scan; otherwise it is an
// error ("\r\n" counts as a newline).
func (s *scanner) SkipSpace() {
	for {
		r := s.next()
		if r == '\r' && s.peek() == '\n' {
			continue
		}
		if r == '\n' && s.mode != newlineIsSpace {
			s.failText("unexpected newline")
			return
		}
		if !unicode.IsSpace(r) {
			if r != eof {
				s.UnreadRune()
			}
			return
		}
	}
}

// Token reads the run of runes that satisfy f (by default, that are not spaces), after
// spaces if skipSpace is set. A failure is returned rather than kept for the call.
func (s *scanner) Token(skipSpace bool, f func(rune) bool) (token []byte, err error) {
	if f == nil {
		f = notSpace
	}
	if skipSpace {
		s.SkipSpace()
	}
	s.buf = s.buf[:0]
	token = s.run(f)
	err, s.err = s.err, nil
	return token, err
}

// run appends to the token the runes that satisfy f, up to the first that does not.
func (s *scanner) run(f func(rune) bool) []byte {
	for r := s.next(); r != eof; r = s.next() {
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// next is the next rune, or eof; a read error other than io.EOF becomes the call's error.
func (s *scanner) next() rune {
	if s.err != nil {
		return eof
	}
	r, _, err := s.ReadRune()
	if err != nil {
		if err != io.EOF {
			s.fail(err)
		}
		return eof
	}
	return r
}

// peek is the next rune without reading it.
func (s *scanner) peek() rune {
	r := s.next()
	if r != eof {
		s.UnreadRune()
	}
	return r
}

// needInput fails with io.EOF if the input is over.
func (s *scanner) needInput() {
	if s.peek() == eof {
		s.fail(io.EOF)
	}
}

// mustNext is the next rune; the end of the input is an io.ErrUnexpectedEOF failure.
func (s *scanner) mustNext() rune {
	r := s.next()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// accept appends the next rune to the token if it is one of set (ASCII), and reports
// whether it was; otherwise the rune stays unread.
func (s *scanner) accept(set string) bool {
	r := s.next()
	if r == eof {
		return false
	}
	if r < utf8.RuneSelf && strings.IndexByte(set, byte(r)) >= 0 {
		s.buf = append(s.buf, byte(r))
		return true
	}
	s.UnreadRune()
	return false
}

// acceptAll accepts runes of set as long as there are some.
func (s *scanner) acceptAll(set string) {
	for s.accept(set) {
	}
}

// acceptWord accepts the letters of a lower-case word, in either case, as far as the
// input spells it, and reports whether it spelled all of it.
func (s *scanner) acceptWord(word string) bool {
	for _, c := range word {
		r := s.next()
		if r != c && r != unicode.ToUpper(c) {
			if r != eof {
				s.UnreadRune()
			}
			return false
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return true
}

// verbFor fails unless verb is one of verbs, which are those a value of type typ takes.
func (s *scanner) verbFor(verb rune, verbs, typ string) bool {
	for _, v := range verbs {
		if v == verb {
			return true
		}
	}
	s.failText("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

// list is Scan and Scanln: each operand takes the next value (verb %v); under Scanln
// only spaces may follow the last one on its line.
func (s *scanner) list(a []any) (n int, err error) {
	for _, arg := range a {
		s.operand('v', arg)
		if s.err != nil {
			return n, s.err
		}
		n++
	}
	if s.mode == newlineEndsLine {
		s.lineEnd()
	}
	return n, s.err
}

// lineEnd reads spaces up to a newline or the end of the input.
func (s *scanner) lineEnd() {
	for r := s.next(); r != '\n' && r != eof; r = s.next() {
		if !unicode.IsSpace(r) {
			s.failText("expected newline")
			return
		}
	}
}

// formatted is Scanf: it walks the format, matching its text against the input and
// scanning the next operand at each verb.
func (s *scanner) formatted(format string, a []any) (n int, err error) {
	for i := 0; i < len(format) && s.err == nil; {
		c, size := utf8.DecodeRuneInString(format[i:])
		switch {
		case unicode.IsSpace(c):
			i = s.spaces(format, i)
		case c != '%':
			s.literal(c)
			i += size
		case i+size == len(format):
			s.failText("missing verb: % at end of format string")
		default:
			i, n = s.directive(format, i+size, a, n)
		}
	}
	if s.err == nil && n < len(a) {
		s.failText("too many operands")
	}
	return n, s.err
}

// literal matches one rune of the format's text.
func (s *scanner) literal(c rune) {
	r := s.mustNext()
	if r != c && r != eof {
		s.UnreadRune()
		s.failText("input does not match format")
	}
}

// spaces matches the run of spaces and newlines starting at format[i] and returns where
// it ends. Each newline in it takes spaces then a newline (or the end of the input);
// spaces after the last newline take any spaces; a run without newlines takes at least
// one space, unless the input is over.
func (s *scanner) spaces(format string, i int) int {
	newlines, trailing := 0, false
	for i < len(format) {
		c, size := utf8.DecodeRuneInString(format[i:])
		if !unicode.IsSpace(c) {
			break
		}
		if c == '\n' {
			newlines++
		}
		trailing = c != '\n'
		i += size
	}
	for k := 0; k < newlines; k++ {
		r := s.skipSpacesInLine()
		if r != '\n' && r != eof {
			s.failText("newline in format does not match input")
		}
	}
	if trailing {
		r := s.peek()
		if newlines == 0 && r == '\n' {
			s.failText("newline in input does not match format")
		} else if newlines == 0 && r != eof && !unicode.IsSpace(r) {
			s.failText("expected space in input to match format")
		}
		if r = s.skipSpacesInLine(); r != eof {
			s.UnreadRune()
		}
	}
	return i
}

// skipSpacesInLine reads spaces other than newlines and returns the rune after them.
func (s *scanner) skipSpacesInLine() rune {
	r := s.next()
	for r != '\n' && unicode.IsSpace(r) {
		r = s.next()
	}
	return r
}

// directive handles the directive whose text follows a % at format[i]: an optional
// width, then a verb scanning operand a[n] ('%': a literal percent sign). It returns
// where the directive ends and the new operand count.
func (s *scanner) directive(format string, i int, a []any, n int) (int, int) {
	width, i := formatWidth(format, i)
	verb, size := utf8.DecodeRuneInString(format[i:])
	if verb != 'c' {
		s.SkipSpace()
	}
	if verb == '%' {
		s.percent(width >= 0)
		return i + size, n
	}
	if n == len(a) {
		s.failText("too few operands for format '%" + format[i:] + "'")
		return len(format), n
	}
	s.setWidth(width)
	s.operand(verb, a[n])
	s.setWidth(-1)
	if s.err == nil {
		n++
	}
	return i + size, n
}

// formatWidth reads the width digits at format[i], which stop before the format's last
// byte (always a verb); -1 if there are none.
func formatWidth(format string, i int) (width, next int) {
	width = -1
	for ; i < len(format)-1 && '0' <= format[i] && format[i] <= '9'; i++ {
		if width < 0 {
			width = 0
		}
		if width < 1e6 {
			width = width*10 + int(format[i]-'0')
		}
	}
	return width, i
}

// setWidth limits the next operand to width runes (-1: no limit).
func (s *scanner) setWidth(width int) {
	s.width, s.count, s.limit = width, 0, noLimit
	if width >= 0 {
		s.limit = width
	}
}

// percent matches the input's '%' for "%%" or, with a width, "%5%" (which wants input
// where "%%" would find it missing).
func (s *scanner) percent(widthGiven bool) {
	if widthGiven {
		s.needInput()
	}
	if r := s.mustNext(); r != '%' && r != eof {
		s.failText("missing literal %")
	}
}

// operand scans the value of one operand under verb and stores it.
func (s *scanner) operand(verb rune, arg any) {
	if sc, ok := arg.(Scanner); ok {
		err := sc.Scan(s, verb)
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			s.fail(err)
		}
		return
	}
	switch p := arg.(type) {
	case *bool:
		if v := s.boolean(verb); s.err == nil {
			*p = v
		}
	case *int:
		if v := s.integerBits(verb, true, 64); s.err == nil {
			*p = int(v)
		}
	case *int8:
		if v := s.integerBits(verb, true, 8); s.err == nil {
			*p = int8(v)
		}
	case *int16:
		if v := s.integerBits(verb, true, 16); s.err == nil {
			*p = int16(v)
		}
	case *int32:
		if v := s.integerBits(verb, true, 32); s.err == nil {
			*p = int32(v)
		}
	case *int64:
		if v := s.integerBits(verb, true, 64); s.err == nil {
			*p = int64(v)
		}
	case *uint:
		if v := s.integerBits(verb, false, 64); s.err == nil {
			*p = uint(v)
		}
	case *uint8:
		if v := s.integerBits(verb, false, 8); s.err == nil {
			*p = uint8(v)
		}
	case *uint16:
		if v := s.integerBits(verb, false, 16); s.err == nil {
			*p = uint16(v)
		}
	case *uint32:
		if v := s.integerBits(verb, false, 32); s.err == nil {
			*p = uint32(v)
		}
	case *uint64:
		if v := s.integerBits(verb, false, 64); s.err == nil {
			*p = uint64(v)
		}
	case *uintptr:
		if v := s.integerBits(verb, false, 64); s.err == nil {
			*p = uintptr(v)
		}
	case *float32:
		if v := s.float(verb, 32, "float32"); s.err == nil {
			*p = float32(v)
		}
	case *float64:
		if v := s.float(verb, 64, "float64"); s.err == nil {
			*p = v
		}
	case *complex64:
		if v := s.complexNumber(verb, 64); s.err == nil {
			*p = complex64(v)
		}
	case *complex128:
		if v := s.complexNumber(verb, 128); s.err == nil {
			*p = v
		}
	case *string:
		if v := s.text(verb); s.err == nil {
			*p = v
		}
	case *[]byte:
		if v := s.text(verb); s.err == nil {
			*p = []byte(v)
		}
	default:
		s.definedOperand(verb, arg)
	}
}

// Natives: what reflection tells Go's scanner about an operand of a defined type.
func pointeeKind(arg any) (kind, bits int)
func storeThrough(arg any, v any)

// definedOperand scans into a pointer to a defined type whose underlying type is basic
// (*Celsius for type Celsius float64), as its underlying type scans.
func (s *scanner) definedOperand(verb rune, arg any) {
	kind, bits := pointeeKind(arg)
	switch kind {
	case 1:
		if v := s.boolean(verb); s.err == nil {
			storeThrough(arg, v)
		}
	case 2:
		if v := s.integerBits(verb, true, uint(bits)); s.err == nil {
			storeThrough(arg, int64(v))
		}
	case 3:
		if v := s.integerBits(verb, false, uint(bits)); s.err == nil {
			storeThrough(arg, v)
		}
	case 4:
		if v := s.float(verb, bits, Sprintf("float%d", bits)); s.err == nil {
			if bits == 32 {
				storeThrough(arg, float64(float32(v)))
			} else {
				storeThrough(arg, v)
			}
		}
	case 5:
		if v := s.text(verb); s.err == nil {
			storeThrough(arg, v)
		}
	case 6:
		if v := s.complexNumber(verb, bits); s.err == nil {
			if bits == 64 {
				v = complex128(complex64(v))
			}
			storeThrough(arg, v)
		}
	default:
		s.failText(unscannable(arg))
	}
}

// unscannable is the error text for an operand of a type scanning does not handle.
func unscannable(arg any) string {
	typ := Sprintf("%T", arg)
	if typ == "" || typ[0] != '*' {
		return "type not a pointer: " + typ
	}
	return "can't scan type: " + typ
}

// boolean scans a bool: 1 or 0, or a word starting with t or f (either case), which
// must be all of "true" or "false" once its second letter is there.
func (s *scanner) boolean(verb rune) bool {
	s.SkipSpace()
	s.needInput()
	if s.err != nil || !s.verbFor(verb, "tv", "boolean") {
		return false
	}
	word, value := "", false
	switch s.next() {
	case '1':
		return true
	case 't', 'T':
		word, value = "rue", true
	case 'f', 'F':
		word = "alse"
	default:
		return false
	}
	if s.acceptWord(word[:1]) && !s.acceptWord(word[1:]) {
		s.failText("syntax error scanning boolean")
	}
	return value
}

// integerBits scans an integer for a signed or unsigned type of the given size and
// returns its bits (a signed value in two's complement).
func (s *scanner) integerBits(verb rune, signed bool, size uint) uint64 {
	if verb == 'c' {
		return uint64(s.char(size))
	}
	kind := tokenUnsigned
	if signed {
		kind = tokenSigned
	}
	text, base := s.integer(kind, verb)
	if s.err != nil {
		return 0
	}
	if signed {
		v, err := strconv.ParseInt(text, base, 64)
		if err == nil && size < 64 && (v < -1<<(size-1) || v >= 1<<(size-1)) {
			err = errors.New("integer overflow on token " + text)
		}
		s.fail(err)
		return uint64(v)
	}
	v, err := strconv.ParseUint(text, base, 64)
	if err == nil && size < 64 && v>>size != 0 {
		err = errors.New("unsigned integer overflow on token " + text)
	}
	s.fail(err)
	return v
}

// char scans one rune, spaces included, for %c: its code must fit a signed integer of
// the given size, whatever the operand's signedness.
func (s *scanner) char(bits uint) int64 {
	s.needInput()
	r := int64(s.next())
	if s.err == nil && bits < 64 && r >= 1<<(bits-1) {
		s.failText("overflow on character value " + string(rune(r)))
	}
	return r
}

// integerDigits is the digits an integer verb reads and the base to parse them in (0,
// for %v: the text may carry a base prefix and underscores); "" for other verbs.
func integerDigits(verb rune) (digits string, base int) {
	switch verb {
	case 'b':
		return "01", 2
	case 'o':
		return "01234567", 8
	case 'd':
		return "0123456789", 10
	case 'x', 'X', 'U':
		return hexDigits, 16
	case 'v':
		return "0123456789_", 0
	}
	return "", 0
}

// integer reads the text of an integer for a signed or unsigned kind of token, and the
// base to parse it in.
func (s *scanner) integer(kind int, verb rune) (text string, base int) {
	if verb == 'd' || verb == 'v' {
		if text, ok := s.fastToken(kind, verb); ok {
			return text, 10
		}
	}
	return s.integerText(verb, kind == tokenSigned)
}

// integerText reads the text of an integer: a sign if the type has one (for %U the
// "U+" before the hex digits instead), for %v a base prefix, then digits.
func (s *scanner) integerText(verb rune, signed bool) (text string, base int) {
	s.SkipSpace()
	s.needInput()
	digits, base := integerDigits(verb)
	if s.err != nil || !s.verbFor(verb, "bdoUxXv", "integer") {
		return "", 0
	}
	s.buf = s.buf[:0]
	switch {
	case verb == 'U':
		if !s.skip('U') || !s.skip('+') {
			s.failText("bad unicode format ")
		}
	case signed:
		s.accept("+-")
	}
	prefixed := false
	if verb == 'v' {
		digits, prefixed = s.basePrefix()
	}
	if !prefixed {
		s.needInput()
		if !s.accept(digits) {
			s.failText("expected integer")
		}
	}
	s.acceptAll(digits)
	return string(s.buf), base
}

// skip reads c if it comes next, without adding it to the token.
func (s *scanner) skip(c rune) bool {
	r := s.next()
	if r != c && r != eof {
		s.UnreadRune()
	}
	return r == c
}

// basePrefix reads a %v integer's leading 0 and the base letter after it, and returns
// the digits that may follow: binary, octal (0o or a bare 0), hex, or decimal when the
// number does not start with 0. prefixed reports that a 0 was read (a number by itself).
func (s *scanner) basePrefix() (digits string, prefixed bool) {
	if !s.accept("0") {
		return "0123456789_", false
	}
	switch {
	case s.accept("xX"):
		return hexDigits + "_", true
	case s.accept("bB"):
		return "01_", true
	}
	s.accept("oO")
	return "01234567_", true
}

// float scans a floating-point number of the given size.
func (s *scanner) float(verb rune, bits int, typ string) float64 {
	if !s.verbFor(verb, "beEfFgGv", typ) {
		return 0
	}
	if text, ok := s.fastToken(tokenFloat, verb); ok {
		return s.floatValue(text, bits)
	}
	s.SkipSpace()
	s.needInput()
	if s.err != nil {
		return 0
	}
	return s.floatValue(s.floatText(), bits)
}

// complexNumber scans "re±imi", optionally in parentheses, each part a float of bits/2 bits.
func (s *scanner) complexNumber(verb rune, bits int) complex128 {
	if !s.verbFor(verb, "beEfFgGv", "complex") {
		return 0
	}
	s.SkipSpace()
	s.needInput()
	if s.err != nil {
		return 0
	}
	paren := s.accept("(")
	re := s.floatText()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.failText(complexSyntax)
		return 0
	}
	sign := string(s.buf)
	im := s.floatText()
	if !s.accept("i") || paren && !s.accept(")") {
		s.failText(complexSyntax)
		return 0
	}
	return complex(s.floatValue(re, bits/2), s.floatValue(sign+im, bits/2))
}

const complexSyntax = "syntax error scanning complex number"

// floatText reads the longest text that starts like a float: "nan", or a sign then
// "inf" or a mantissa (decimal, or hex after 0x) with an optional point and fraction,
// then an optional exponent (e or p after a decimal mantissa, p after a hex one) with a
// sign and decimal digits. Underscores may separate digits.
func (s *scanner) floatText() string {
	s.buf = s.buf[:0]
	if s.acceptWord("nan") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.acceptWord("inf") {
		return string(s.buf)
	}
	mantissa, exponent := "0123456789_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		mantissa, exponent = hexDigits+"_", "pP"
	}
	s.acceptAll(mantissa)
	if s.accept(".") {
		s.acceptAll(mantissa)
	}
	if s.accept(exponent) {
		s.accept("+-")
		s.acceptAll("0123456789_")
	}
	return string(s.buf)
}

// floatValue converts a float's text. A decimal mantissa with a p exponent ("1.5p3")
// means mantissa × 2^exponent, which strconv does not read: the two parts are converted
// apart (an exponent error names the whole text).
func (s *scanner) floatValue(text string, bits int) float64 {
	p := binaryExponent(text)
	v, err := strconv.ParseFloat(text[:p], bits)
	if err != nil || p == len(text) {
		s.fail(err)
		return v
	}
	exp, err := strconv.Atoi(text[p+1:])
	if numErr, ok := err.(*strconv.NumError); ok {
		numErr.Num = text
		s.fail(numErr)
	}
	return math.Ldexp(v, exp)
}

// binaryExponent is the index of the 'p' that starts a decimal mantissa's power-of-two
// exponent in a float's text, len(text) if there is none.
func binaryExponent(text string) int {
	p := len(text)
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case 'x', 'X':
			return len(text)
		case 'p':
			p = i
		}
	}
	return p
}

// text scans a string: the next space-delimited word for %s and %v, a Go quoted string
// for %q, hex-encoded bytes for %x and %X.
func (s *scanner) text(verb rune) string {
	if !s.verbFor(verb, "svqxX", "string") {
		return ""
	}
	if verb == 's' || verb == 'v' {
		if text, ok := s.fastToken(tokenWord, verb); ok {
			return text
		}
	}
	s.SkipSpace()
	s.needInput()
	if s.err != nil {
		return ""
	}
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	s.buf = s.buf[:0]
	return string(s.run(notSpace))
}

// quoted reads a back-quoted string as it stands, or a double-quoted one, unquoted
// by strconv.
func (s *scanner) quoted() string {
	s.buf = s.buf[:0]
	switch s.next() {
	case '`':
		for r := s.mustNext(); r != '`' && r != eof; r = s.mustNext() {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for r := s.mustNext(); r != eof; r = s.mustNext() {
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '"' {
				break
			}
			if r == '\\' { // the escaped rune cannot end the string
				s.buf = utf8.AppendRune(s.buf, s.mustNext())
			}
		}
		if s.err != nil {
			return ""
		}
		str, err := strconv.Unquote(string(s.buf))
		s.fail(err)
		return str
	}
	s.failText("expected quoted string")
	return ""
}

// hexBytes reads pairs of hex digits as bytes, up to the first rune that is not one.
func (s *scanner) hexBytes() string {
	s.buf = s.buf[:0]
	for {
		r := s.next()
		high := hexValue(r)
		if high < 0 {
			if r != eof {
				s.UnreadRune()
			}
			break
		}
		low := hexValue(s.mustNext())
		if low < 0 {
			s.failText("illegal hex digit")
			return ""
		}
		s.buf = append(s.buf, byte(high<<4|low))
	}
	if len(s.buf) == 0 {
		s.failText("no hex data for %x string")
	}
	return string(s.buf)
}

// hexValue is the value of a hex digit, -1 for another rune.
func hexValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10
	}
	return -1
}
