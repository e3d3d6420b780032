// `go f()` with a nil func value is a fatal error in the calling goroutine (not a recoverable
// panic): `fatal error: go of nil func value`, exit 2.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered?", recover()) }()
	var f func()
	fmt.Println("about to go a nil func")
	go f()
	fmt.Println("unreachable")
}
