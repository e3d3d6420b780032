// Package errors: Is with Is methods, non-comparable targets, Join (nil handling, message,
// Unwrap), As into interfaces and concrete types through trees with As methods, and As's
// panics on bad targets.
// golden: gomaxprocs=1
package main

import (
	"errors"
	"fmt"
	"os"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

// Is matches any codeErr with the same code.
func (e codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && t.code == e.code
}

type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

type asErr struct{}

func (asErr) Error() string { return "asErr" }

func (asErr) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{99}
		return true
	}
	return false
}

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	a, b := errors.New("a"), errors.New("b")
	fmt.Println(errors.Is(nil, nil), errors.Is(a, nil), errors.Is(nil, a))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", codeErr{3}), codeErr{3}), errors.Is(codeErr{3}, codeErr{4}))
	fmt.Println(errors.Is(sliceErr{"x"}, sliceErr{"x"}))
	j := errors.Join(nil, a, nil, fmt.Errorf("wrapped %w", b))
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, b), errors.Join(), errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[0] == a)
	}
	fmt.Println(errors.Unwrap(j))
	single := errors.Join(a)
	fmt.Println(single, single == a)
	var ce codeErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", asErr{}), &ce), ce.code)
	deep := errors.Join(a, fmt.Errorf("mid: %w", errors.Join(b, codeErr{7})))
	fmt.Println(errors.As(deep, &ce), ce.code, errors.Is(deep, codeErr{7}))
	var tmp temporary
	fmt.Println(errors.As(fmt.Errorf("t: %w", tempErr{}), &tmp), tmp != nil)
	var anyErr error
	fmt.Println(errors.As(a, &anyErr), anyErr == a)
	fmt.Println(errors.As(nil, &ce))
	var pe *os.PathError
	_, err := os.Open("/definitely/not/here")
	fmt.Println(errors.As(err, &pe), errors.Is(err, os.ErrExist), errors.Is(err, os.ErrNotExist))
	fmt.Println(errors.ErrUnsupported)
	try("nil target", func() { errors.As(a, nil) })
	try("non-pointer", func() { errors.As(a, ce) })
	var nilPtr *codeErr
	try("nil pointer", func() { errors.As(a, nilPtr) })
	var n int
	try("not error", func() { errors.As(a, &n) })
}
