// fmt.Errorf: which %w operands are wrapped (non-errors, repeats, explicit argument
// indices out of order), the dynamic types of the results, and errors.Is/As through them.
package main

import (
	"errors"
	"fmt"
	"io"
)

type codeErr int

func (c codeErr) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	e1, e2, e3 := errors.New("one"), errors.New("two"), codeErr(3)
	cases := []error{
		fmt.Errorf("plain %d", 1),
		fmt.Errorf("wrap %w", e1),
		fmt.Errorf("wrap nil %w", nil),
		fmt.Errorf("wrap non-error %w", "text"),
		fmt.Errorf("%w then %w", e1, e2),
		fmt.Errorf("%[2]w before %[1]w", e1, e2),
		fmt.Errorf("%[1]w twice %[1]w and %w", e1, e2),
		fmt.Errorf("%w %w %w", e1, "not an error", e3),
		fmt.Errorf("%v and %w", e1, e3),
		fmt.Errorf("%w", io.EOF),
		fmt.Errorf("missing %w"),
	}
	for _, err := range cases {
		var code codeErr
		fmt.Printf("%T %q is1=%v is2=%v isEOF=%v as=%v\n", err, err.Error(), errors.Is(err, e1), errors.Is(err, e2), errors.Is(err, io.EOF), errors.As(err, &code))
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			fmt.Println("  unwraps to", u.Unwrap())
		case interface{ Unwrap() error }:
			fmt.Println("  unwraps to", u.Unwrap())
		}
	}
	outer := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", e3))
	var code codeErr
	fmt.Println(outer, errors.As(outer, &code), int(code), errors.Unwrap(errors.Unwrap(outer)) == e3)
}
