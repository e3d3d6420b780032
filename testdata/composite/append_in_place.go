// s = append(s, x) in loops (done in place when the variable alone holds its slice header):
// results and aliasing are Go's — a reslice sharing the array, a pointer into an element,
// a copy of the header taken before the append, []byte growth.
package main

import "fmt"

type P struct{ x, y int }

func main() {
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, i*i)
	}
	ys := xs[:3]
	ys = append(ys, 100)
	fmt.Println(xs, ys, len(ys), cap(ys))
	var ps []P
	p := P{1, 2}
	for i := 0; i < 3; i++ {
		ps = append(ps, p)
		p.x++
	}
	q := &ps[0]
	ps = append(ps, P{9, 9})
	q.y = 7
	fmt.Println(ps, *q)
	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, byte('a'+i%26))
	}
	zs := bs
	bs = append(bs, '!')
	fmt.Println(string(bs), len(zs))
}
