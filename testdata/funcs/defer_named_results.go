// Deferred closures can read and modify named results after return sets them.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func tripleDefer() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	s = "x"
	return s + "y"
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(tripleDefer())
	fmt.Println(wrapErr())
	fmt.Println(unnamed())
}
