// Automatic semicolon insertion corner cases.
package main

import "fmt"

type point struct{ x, y int }

func pair() (int, int) { return 1, 2 }

func main() {
	x := 1 +
		2 +
		3
	fmt.Println(x)
	s := []int{
		1,
		2,
	}
	fmt.Println(s)
	p := point{
		x: 1,
		y: 2}
	fmt.Println(p)
	a, b := pair()
	fmt.Println(a, b); fmt.Println("two statements on a line")
	i := 0
	i++
	i--
	i++
	fmt.Println(i)
	f := func() int {
		return 7
	}()
	fmt.Println(f)
	if x > 5 { fmt.Println("big") } else { fmt.Println("small") }
	var (
		c = 1
		d = "d"
	)
	fmt.Println(c, d)
	fmt.Println(s[len(s)-1]) // comment after a bracket
	/* block comment
	spanning lines */ fmt.Println("after block comment")
	ret := func() (int, string) { return 3, "x" }
	fmt.Println(ret())
}
