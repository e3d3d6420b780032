// The classic first program: minigo run examples/hello.go
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界!")
}
