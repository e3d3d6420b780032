// GC: cyclic garbage. Doubly linked rings are built, edited (every third node unlinked, new
// nodes spliced in), walked both ways and dropped; every node stays referenced by its
// neighbours, so memory comes back only through a collector that finds unreachable cycles.
// The walk sums are the checksum.
package main

import "fmt"

type link struct {
	prev, next *link
	owner      *ring
	val        int
}

type ring struct {
	head *link
	size int
}

func newRing(n, seed int) *ring {
	r := &ring{}
	for i := 0; i < n; i++ {
		r.pushBack((seed*31 + i*7) % 1000)
	}
	return r
}

func (r *ring) pushBack(v int) {
	l := &link{val: v, owner: r}
	if r.head == nil {
		l.prev, l.next = l, l
		r.head = l
	} else {
		last := r.head.prev
		l.prev, l.next = last, r.head
		last.next = l
		r.head.prev = l
	}
	r.size++
}

// edit unlinks every third node and inserts a new node after every fifth.
func (r *ring) edit() {
	l := r.head.next
	for i := 1; l != r.head; i++ {
		next := l.next
		if i%3 == 0 {
			l.prev.next, l.next.prev = l.next, l.prev
			r.size--
		} else if i%5 == 0 {
			n := &link{val: l.val * 2, owner: r, prev: l, next: l.next}
			l.next.prev = n
			l.next = n
			r.size++
		}
		l = next
	}
}

// sums walks the ring forwards and backwards.
func (r *ring) sums() (fwd, back, count int) {
	l := r.head
	for {
		fwd = (fwd*3 + l.val) % 1000003
		count++
		if l = l.next; l == r.head {
			break
		}
	}
	for l = r.head.prev; ; l = l.prev {
		back += l.val
		if l == r.head {
			break
		}
	}
	return
}

func main() {
	const rounds, size = 400, 5000
	checksum := 0
	for i := 0; i < rounds; i++ {
		r := newRing(size, i)
		r.edit()
		f, b, c := r.sums()
		if c != r.size {
			fmt.Println("size mismatch", c, r.size)
		}
		checksum = (checksum*7 + f + b + c) % 1000000007
	}
	fmt.Println("rings:", rounds, "checksum:", checksum)
}
