package main

// Random sequences of operations on container/heap, list and ring, printed as they go:
// a broad check of their exact behaviour (ties, no-ops, ring surgery) against Go's.

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
)

// state of an xorshift generator: the same sequence under Go and minigo.
var state uint64 = 0x9E3779B97F4A7C15

func next(n int) int {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return int(state>>33) % n
}

type entry struct{ key, id int }

type entries []entry

var calls int

func (h entries) Len() int { return len(h) }
func (h entries) Less(i, j int) bool {
	calls++
	return h[i].key < h[j].key
}
func (h entries) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *entries) Push(x any)   { *h = append(*h, x.(entry)) }
func (h *entries) Pop() any {
	e := (*h)[len(*h)-1]
	*h = (*h)[:len(*h)-1]
	return e
}

func heaps() {
	h := &entries{}
	for i := 0; i < 20; i++ {
		*h = append(*h, entry{next(5), i})
	}
	heap.Init(h)
	fmt.Println(*h, calls)
	for op := 0; op < 400; op++ {
		switch k := next(10); {
		case k < 4:
			heap.Push(h, entry{next(6), 100 + op})
		case k < 6 && h.Len() > 0:
			fmt.Print(heap.Pop(h), " ")
		case k < 8 && h.Len() > 0:
			fmt.Print(heap.Remove(h, next(h.Len())), " ")
		case h.Len() > 0:
			i := next(h.Len())
			(*h)[i].key = next(6)
			heap.Fix(h, i)
		}
	}
	fmt.Println()
	fmt.Println(*h, calls)
}

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, ",")
	}
	fmt.Print(" ", l.Len(), " |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, ",")
	}
	fmt.Println()
}

func lists() {
	a, b := list.New(), list.New()
	var elems []*list.Element
	pick := func() *list.Element { return elems[next(len(elems))] }
	for op := 0; op < 300; op++ {
		l := a
		if next(3) == 0 {
			l = b
		}
		switch next(12) {
		case 0:
			elems = append(elems, l.PushBack(op))
		case 1:
			elems = append(elems, l.PushFront(op))
		case 2, 3:
			if len(elems) > 0 {
				if e := l.InsertBefore(op, pick()); e != nil {
					elems = append(elems, e)
				}
			}
		case 4:
			if len(elems) > 0 {
				if e := l.InsertAfter(op, pick()); e != nil {
					elems = append(elems, e)
				}
			}
		case 5:
			if len(elems) > 0 {
				l.Remove(pick())
			}
		case 6:
			if len(elems) > 0 {
				l.MoveToFront(pick())
				l.MoveToBack(pick())
			}
		case 7, 8:
			if len(elems) > 0 {
				l.MoveBefore(pick(), pick())
				l.MoveAfter(pick(), pick())
			}
		case 9:
			if l.Len() < 50 {
				l.PushBackList(b)
			}
		case 10:
			if l.Len() < 50 {
				l.PushFrontList(a)
			}
		case 11:
			if len(elems) > 0 {
				e := pick()
				fmt.Print(e.Value, e.Next() != nil, e.Prev() != nil, " ")
			}
		}
		if op%20 == 0 {
			dump(a)
			dump(b)
		}
	}
	dump(a)
	dump(b)
}

func rings() {
	r := ring.New(6)
	for i := 0; i < 6; i++ {
		r.Value = i
		r = r.Next()
	}
	id := 6
	for op := 0; op < 200; op++ {
		switch next(5) {
		case 0:
			r = r.Move(next(20) - 10)
		case 1:
			s := ring.New(next(3) + 1)
			for i := s.Len(); i > 0; i-- {
				s.Value = id
				id++
				s = s.Next()
			}
			r.Link(s)
		case 2:
			if u := r.Unlink(next(4)); u != nil {
				fmt.Print("u", u.Len(), " ")
			}
		case 3:
			other := r.Move(next(5))
			if other != r {
				cut := r.Link(other)
				fmt.Print("c", cut.Len(), " ")
			}
		case 4:
			r.Do(func(v any) { fmt.Print(v, ".") })
			fmt.Println(r.Len())
		}
		if r.Len() > 30 {
			r.Unlink(20)
		}
	}
	fmt.Println()
}

func main() {
	heaps()
	lists()
	rings()
}
