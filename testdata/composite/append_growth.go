// append: growth of capacity, aliasing between slices that share a backing array.
package main

import "fmt"

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Print(cap(s), " ")
			prevCap = cap(s)
		}
	}
	fmt.Println()
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2) // overwrites b[3]: same backing array
	fmt.Println(b[3], c[3], len(a), len(b), cap(b))
	d := make([]int, 3)
	e := append(d, 1)
	f := append(d, 2) // d had no spare capacity: e and f are separate
	fmt.Println(e[3], f[3])
	x := []int{1, 2, 3}
	x = append(x, x...)
	fmt.Println(x)
	x = append(x[:2], x[4:]...)
	fmt.Println(x)
	bs := append([]byte("abc"), "def"...)
	fmt.Println(string(bs))
	var strs []string
	strs = append(strs)
	fmt.Println(strs == nil, len(strs))
	big := append([]int(nil), make([]int, 700)...)
	fmt.Println(len(big), cap(big) >= 700)
}
