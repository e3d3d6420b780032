// Package iter: Seq and Seq2 as types, Pull and Pull2 (values in order, stop ends the
// iterator early and runs its deferred calls, next after stop or exhaustion, stop before
// next and twice, panics in the iterator raised by next and by stop).
package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count", n, "returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  count", n, "told to stop at", i)
				return
			}
		}
	}
}

func letters(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, r := range s {
			if !yield(i, string(r)) {
				return
			}
		}
	}
}

func explode(at int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if i == at {
				panic(fmt.Sprintf("exploded at %d", i))
			}
			if !yield(i) {
				if at < 0 {
					panic("exploded on stop")
				}
				return
			}
		}
	}
}

// zip pairs two sequences with Pull, the classic use.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		for {
			x, ok1 := nextA()
			y, ok2 := nextB()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	var s iter.Seq[int] = count(3)
	for v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println()

	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		fmt.Println("next:", v, ok)
		if !ok {
			break
		}
	}
	fmt.Println(next())
	stop()
	stop()
	fmt.Println(next())

	next, stop = iter.Pull(count(5))
	fmt.Println(next())
	fmt.Println(next())
	fmt.Println("stopping")
	stop()
	fmt.Println("stopped")
	fmt.Println(next())
	stop()

	_, stop = iter.Pull(count(2))
	stop()
	fmt.Println("stopped before next")

	next2, stop2 := iter.Pull2(letters("héllo"))
	for {
		i, l, ok := next2()
		if !ok {
			fmt.Println("done", i, l == "")
			break
		}
		fmt.Print(i, ":", l, " ")
	}
	stop2()
	next2, stop2 = iter.Pull2(letters("xyz"))
	fmt.Println(next2())
	stop2()
	fmt.Println(next2())

	for a, b := range zip(count(4), explode(99)) {
		fmt.Println("zip", a, b)
	}

	try("next", func() {
		next, stop := iter.Pull(explode(2))
		defer stop()
		for {
			v, ok := next()
			if !ok {
				return
			}
			fmt.Println("got", v)
		}
	})
	try("stop", func() {
		next, stop := iter.Pull(explode(-1))
		fmt.Println(next())
		stop()
		fmt.Println("not reached")
	})
	try("after panic", func() {
		next, _ := iter.Pull(explode(0))
		defer func() {
			recover()
			fmt.Println("next after the panic:")
			fmt.Println(next())
		}()
		next()
	})
}
