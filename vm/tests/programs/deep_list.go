package main

import "fmt"

type node struct {
	next *node
	val  int
}

type any2 struct{ next interface{} }

func main() {
	var head *node
	for i := 0; i < 1000000; i++ {
		head = &node{head, i}
	}
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	head = nil
	var chain interface{}
	for i := 0; i < 1000000; i++ {
		chain = any2{chain}
	}
	chain = nil
	fmt.Println(n, head == nil, chain == nil)
}
