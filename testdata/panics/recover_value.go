// recover returns the value passed to panic; the deferring function then returns normally.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func try(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() { panic("a string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() { panic(MyErr{7}) }))
	fmt.Println(try(func() {}))
	r := try(func() { var m map[string]int; m["x"] = 1 })
	fmt.Printf("%T %v\n", r, r)
	r = try(func() { s := []int{}; _ = s[3] })
	fmt.Println(r)
	err, ok := r.(error)
	fmt.Println(ok, err.Error())
	fmt.Println(recover())
}
