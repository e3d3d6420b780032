package main

import (
	"errors"
	"fmt"
)

func named() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	defer func() { n *= 2 }()
	n = 21
	panic("boom")
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer:", r)
	}()
	func() {
		defer func() {
			panic(errors.New("second"))
		}()
		panic("first")
	}()
	return "unreachable"
}

func notDirect() (r interface{}) {
	defer func() {
		r = helper()
		recover()
	}()
	panic("x")
}

func helper() interface{} { return recover() }

func main() {
	fmt.Println(named())
	order()
	fmt.Println()
	fmt.Println(nested())
	fmt.Println(notDirect())
	fmt.Println(recover())
}
