// panic with a wrapped error (fmt.Errorf with %w) after deferred functions print.
package main

import (
	"errors"
	"fmt"
)

var errBase = errors.New("disk full")

func save() error { return fmt.Errorf("save %q: %w", "notes.txt", errBase) }

func main() {
	defer fmt.Println("deferred 1")
	defer func() { fmt.Println("deferred 2") }()
	if err := save(); err != nil {
		panic(err)
	}
}
