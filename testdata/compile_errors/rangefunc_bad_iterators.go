package main

type NoArg func()
type IntArg func(x int)
type WithResult func(yield func(int) bool) int
type YieldVoid func(yield func(int))
type TooMany func(yield func(int, int, int) bool)
type Zero func(yield func() bool)
type One func(yield func(string) bool)

func main() {
	var a NoArg
	var b IntArg
	var c WithResult
	var d YieldVoid
	var e TooMany
	var z Zero
	var o One
	for range a {
	}
	for range b {
	}
	for range c {
	}
	for range d {
	}
	for range e {
	}
	for x := range z {
	}
	for s, t := range o {
	}
}
