// Pointers: address-of, new, pointer to struct fields and array elements, aliasing.
package main

import "fmt"

type Node struct{ Val int }

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	q := new(int)
	fmt.Println(*q)
	*q = 5
	fmt.Println(*q)
	a, b := newInt(1), newInt(1)
	fmt.Println(a == b, *a == *b)
	n := &Node{1}
	vp := &n.Val
	*vp = 42
	fmt.Println(n.Val)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	ap := &arr
	ap[2] = 30
	fmt.Println(arr, len(ap))
	var np *Node
	fmt.Println(np == nil)
	pp := &p
	**pp = 7
	fmt.Println(x)
}
