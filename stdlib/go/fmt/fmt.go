// Package fmt: printing with Go's verbs, and Errorf.
//
// The printer itself is native (stdlib/src/fmt); this file is the API over it and the
// error values Errorf builds.
package fmt

import (
	"errors"
	"io"
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
