// panic(nil) since Go 1.21: recover returns a *runtime.PanicNilError; unrecovered it says so.
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
			_, isErr := r.(error)
			fmt.Println(isErr)
		}()
		panic(nil)
	}()
	panic(nil)
}
