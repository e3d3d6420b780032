// defer and panics in range-over-func loop bodies: deferred calls run when the enclosing
// function returns, panics pass through the iterator (running its deferred calls), and
// Go's run-time errors for misbehaving iterators can be recovered.
package main

import (
	"errors"
	"fmt"
)

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator defer")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func deferInBody() {
	defer fmt.Println("function defer 1")
	for i := range upTo(3) {
		defer fmt.Println("body defer", i)
		fmt.Println("body", i)
	}
	defer fmt.Println("function defer 2")
	fmt.Println("loop over")
}

func deferNested() (s string) {
	defer func() { s += "!" }()
	for i := range upTo(2) {
		for j := range upTo(2) {
			defer func() { s += fmt.Sprint(i, j, " ") }()
		}
	}
	return "nested: "
}

func deferThenReturn() int {
	x := 1
	for i := range upTo(5) {
		defer func() { x *= 10; fmt.Println("deferred sees x =", x, "i =", i) }()
		if i == 1 {
			return x
		}
		x++
	}
	return -1
}

func deferInLiteral() {
	f := func() {
		for i := range upTo(2) {
			defer fmt.Println("literal's body defer", i)
		}
		fmt.Println("literal returns")
	}
	f()
	fmt.Println("after literal")
}

func panicThrough() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range upTo(5) {
		defer fmt.Println("body defer before panic", i)
		if i == 2 {
			panic(errors.New("body failed"))
		}
	}
	return nil
}

// An iterator that recovers the body's panic and stops.
func swallowing(yield func(int) bool) {
	defer func() { fmt.Println("  swallowing recovered:", recover()) }()
	yield(1)
}

// An iterator that recovers the body's panic and calls yield again.
func persistent(yield func(int) bool) {
	func() {
		defer func() { fmt.Println("  persistent recovered:", recover()) }()
		yield(1)
	}()
	yield(2)
}

// An iterator that ignores false.
func stubborn(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

// An iterator that keeps its yield function.
var saved func(int) bool

func keeper(yield func(int) bool) {
	saved = yield
	yield(0)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%s: %T %v %v\n", name, r, ok, r)
		if ok {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	deferInBody()
	fmt.Println(deferNested())
	fmt.Println(deferThenReturn())
	deferInLiteral()
	fmt.Println(panicThrough())
	try("missing panic", func() {
		for x := range swallowing {
			panic(fmt.Sprint("body panic ", x))
		}
		fmt.Println("not reached")
	})
	try("continued after panic", func() {
		for x := range persistent {
			if x == 1 {
				panic("first")
			}
			fmt.Println("not reached", x)
		}
	})
	try("continued after false", func() {
		for x := range stubborn {
			fmt.Println("stubborn", x)
			break
		}
	})
	try("continued after exit", func() {
		for x := range keeper {
			fmt.Println("keeper", x)
		}
		fmt.Println("loop exited")
		saved(1)
	})
	try("return then continued", func() {
		func() int {
			for x := range stubborn {
				return x
			}
			return -1
		}()
	})
	try("plain panic", func() {
		for x := range upTo(3) {
			if x == 1 {
				panic(x)
			}
		}
	})
}
