// Package fmt: formatted I/O with functions analogous to C's printf. The printer is a
// native (stdlib/src/fmt, a port of Go's src/fmt/print.go); the error wrapping of Errorf
// follows Go's src/fmt/errors.go (BSD licence, The Go Authors).
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the
// Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// How the printer lays out operands.
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

func sprint(mode int, f string, a []any) string {
	if s, ok := format(mode, f, a); ok {
		return s
	}
	return formatMethods(mode, f, a)
}

// writeStdout writes s to the program's standard output and returns len(s).
func writeStdout(s string) int

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string { return sprint(modePrintf, format, a) }

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string { return sprint(modePrint, "", a) }

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string { return sprint(modePrintln, "", a) }

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return writeStdout(sprint(modePrintf, format, a)), nil
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error) {
	return writeStdout(sprint(modePrint, "", a)), nil
}

// Println formats using the default formats for its operands and writes to standard
// output, with spaces between operands and a newline at the end.
func Println(a ...any) (n int, err error) {
	return writeStdout(sprint(modePrintln, "", a)), nil
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

// Append formats using the default formats for its operands and appends to b.
func Append(b []byte, a ...any) []byte { return append(b, Sprint(a...)...) }

// Appendf formats according to a format specifier and appends to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Appendln formats using the default formats for its operands and appends to b.
func Appendln(b []byte, a ...any) []byte { return append(b, Sprintln(a...)...) }

// sprintfWrapping is Sprintf that also returns the argument indices of %w verbs.
func sprintfWrapping(format string, a []any) (string, []int)

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. A %w verb with an error operand makes the result wrap that error.
func Errorf(format string, a ...any) error {
	s, wrapped := sprintfWrapping(format, a)
	var err error
	switch len(wrapped) {
	case 0:
		err = errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		err = w
	default:
		sortInts(wrapped)
		var errs []error
		for i, argNum := range wrapped {
			if i > 0 && wrapped[i-1] == argNum {
				continue
			}
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		err = &wrapErrors{s, errs}
	}
	return err
}

func sortInts(x []int) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && x[j] < x[j-1]; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
