// recover only works when called directly by a deferred function; nested calls get nil.
package main

import "fmt"

func helper() interface{} { return recover() }

func nested() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("outer recovered: ", r)
		}
	}()
	defer func() {
		func() {
			fmt.Println("nested recover:", recover())
		}()
	}()
	defer func() {
		fmt.Println("helper recover:", helper())
	}()
	panic("boom")
}

func deferredRecoverDirect() (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	panic("direct")
}

func main() {
	fmt.Println(nested())
	fmt.Println(deferredRecoverDirect())
	fmt.Println("no panic in flight:", recover())
}
