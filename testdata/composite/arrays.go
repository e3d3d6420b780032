// Arrays are values: assignment and passing copy; arrays compare with ==.
package main

import "fmt"

func modify(a [3]int) { a[0] = 100 }
func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b)
	modify(a)
	fmt.Println(a)
	modifyPtr(&a)
	fmt.Println(a)
	var z [4]string
	fmt.Printf("%q %d\n", z, len(z))
	c := [...]int{1, 2, 3}
	fmt.Println(c == [3]int{1, 2, 3})
	type Grid [2][2]int
	g := Grid{{1, 2}, {3, 4}}
	h := g
	h[1][1] = 40
	fmt.Println(g, h)
	structArr := [2]struct{ N int }{{1}, {2}}
	fmt.Println(structArr)
}
