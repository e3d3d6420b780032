// make and copy: lengths, capacities, overlapping copies, copying from a string.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s, len(s), cap(s))
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src) // overlapping
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	fmt.Println(copy(dst, []int{}), dst)
	m := make(map[string]int, 100)
	fmt.Println(len(m))
	var z []int = make([]int, 0)
	fmt.Println(z == nil, len(z))
	two := make([][]string, 2)
	for i := range two {
		two[i] = make([]string, i+1)
	}
	fmt.Println(len(two[0]), len(two[1]), two)
}
