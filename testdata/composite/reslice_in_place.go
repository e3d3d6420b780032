// s = s[lo:hi] in loops (done in place when the variable alone holds its slice header): a
// queue popped from the front, a stack popped from the back, capacity after reslicing,
// a copy of the header taken before, and an out-of-range bound leaving s unchanged.
package main

import "fmt"

func main() {
	q := []int{1, 2, 3, 4, 5, 6}
	keep := q
	sum := 0
	for len(q) > 0 {
		sum = sum*10 + q[0]
		q = q[1:]
	}
	fmt.Println(sum, len(q), cap(q), keep)
	st := make([]int, 0, 4)
	for i := 0; i < 10; i++ {
		st = append(st, i)
		if i%3 == 2 {
			st = st[:len(st)-1]
		}
	}
	fmt.Println(st, len(st), cap(st))
	w := []int{1, 2, 3}
	w = w[1:2]
	fmt.Println(w, len(w), cap(w))
	w = w[:cap(w)]
	fmt.Println(w)
	defer func() { fmt.Println("recovered:", recover(), w) }()
	n := 5
	w = w[:n]
}
