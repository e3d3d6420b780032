// Runtime panic: nil pointer dereference (Go reports it as a signal SIGSEGV).
// golden: stderr=first-line
package main

import "fmt"

type Node struct{ Val int }

func main() {
	var n *Node
	fmt.Println("before")
	fmt.Println(n.Val)
}
