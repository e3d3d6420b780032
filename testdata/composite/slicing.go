// Slicing: sharing the backing array, len/cap of slices, full slice expressions, slicing strings.
package main

import "fmt"

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s))
	s[0] = 100
	fmt.Println(a)
	t := s[1:5] // may extend up to cap
	fmt.Println(t, len(t), cap(t))
	fmt.Println(a[:2], a[4:], a[:])
	u := a[1:3:4]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 42) // fits in cap: writes a[3]
	fmt.Println(a)
	u = append(u, 43) // exceeds cap: copies
	u[0] = -1
	fmt.Println(a, u)
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8])
	sub := str[0:0]
	fmt.Println(len(sub), sub == "")
	var nilS []int
	fmt.Println(nilS[:] == nil, len(nilS[0:0]))
	p := &a
	fmt.Println(p[2:4])
	b := []byte("bytes")
	fmt.Println(string(b[1:3]))
}
