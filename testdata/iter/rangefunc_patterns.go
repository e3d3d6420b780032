// Common iterator patterns: recursive tree walks, iterator adapters built from generic
// functions, methods returning iterators, bodies run by another goroutine, loops inside
// goroutines and closures, type switches and selects in bodies.
package main

import (
	"fmt"
	"iter"
	"sort"
	"sync"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	return t == nil || t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.walk(yield) }
}

func insert(t *Tree[int], v int) *Tree[int] {
	if t == nil {
		return &Tree[int]{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[V any](seq iter.Seq[V]) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Sum[T int | float64](seq iter.Seq[T]) (total T) {
	for v := range seq {
		total += v
	}
	return
}

func naturals(yield func(int) bool) {
	for i := 0; ; i++ {
		if !yield(i) {
			return
		}
	}
}

// onAnotherGoroutine runs each body on a goroutine of its own, one at a time.
func onAnotherGoroutine(yield func(string) bool) {
	for _, s := range []string{"x", "y", "z"} {
		done := make(chan bool)
		go func() { done <- yield(s) }()
		if !<-done {
			return
		}
	}
}

type shape interface{ area() float64 }
type sq float64
type rect struct{ w, h float64 }

func (s sq) area() float64   { return float64(s * s) }
func (r rect) area() float64 { return r.w * r.h }

func shapes(yield func(shape) bool) {
	for _, s := range []shape{sq(2), rect{1, 3}, nil, sq(1)} {
		if !yield(s) {
			return
		}
	}
}

func main() {
	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range root.All() {
		if v > 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	evens := Filter(naturals, func(n int) bool { return n%2 == 0 })
	for i, v := range Enumerate(Take(evens, 4)) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(Sum(Take(naturals, 5)), Sum(Filter(Take(root.All(), 100), func(int) bool { return true })))
	fmt.Println(Sum(func(yield func(float64) bool) { _ = yield(0.5) && yield(0.25) }))

	for s := range onAnotherGoroutine {
		fmt.Println("body ran with", s)
		if s == "y" {
			break
		}
	}

	var mu sync.Mutex
	var got []int
	var wg sync.WaitGroup
	for w := range Take(naturals, 3) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range Take(naturals, w+1) {
				mu.Lock()
				got = append(got, w*10+v)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	total := 0.0
	for s := range shapes {
		switch s := s.(type) {
		case nil:
			fmt.Println("nil shape")
			continue
		case sq:
			fmt.Println("square", float64(s))
		default:
			fmt.Printf("other %T\n", s)
		}
		total += s.area()
	}
	fmt.Println("total", total)

	ch := make(chan int, 10)
	for v := range Take(naturals, 5) {
		select {
		case ch <- v:
			if v == 3 {
				break
			}
		}
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
