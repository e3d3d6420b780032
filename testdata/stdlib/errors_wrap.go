// errors: New, Is, As, Unwrap, fmt.Errorf with %w (single and multiple), sentinel errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	wrapped := fmt.Errorf("handler: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	var qe *QueryError
	if errors.As(wrapped, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	noWrap := fmt.Errorf("handler: %v", err)
	fmt.Println(errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap) == nil)
	e1, e2 := errors.New("e1"), errors.New("e2")
	both := fmt.Errorf("%w and %w", e1, e2)
	fmt.Println(both, errors.Is(both, e1), errors.Is(both, e2))
	joined := errors.Join(e1, e2)
	fmt.Println(joined, errors.Is(joined, e2))
	_, perr := strconv.Atoi("12a")
	var numErr *strconv.NumError
	fmt.Println(errors.As(perr, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	fmt.Println(errors.New("x") == errors.New("x"))
}
