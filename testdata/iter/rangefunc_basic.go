// Range over function iterators: the three yield shapes, 0, 1 and 2 iteration variables,
// `=` and `:=`, named and generic iterator types, method values, per-iteration variables.
package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

type Count func(yield func() bool)

func upTo(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(words ...string) Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func times(n int) Count {
	return func(yield func() bool) {
		for n > 0 && yield() {
			n--
		}
	}
}

type list struct{ items []string }

func (l *list) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func plain(yield func(float64) bool) {
	_ = yield(1.5) && yield(2.5)
}

type point struct{ x, y int }

func points(yield func(point) bool) {
	for i := 1; i <= 2; i++ {
		if !yield(point{i, -i}) {
			return
		}
	}
}

func mapSeq[V, W any](s Seq[V], f func(V) W) Seq[W] {
	return func(yield func(W) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	for i := range upTo(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, w := range pairs("a", "b", "c") {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
	for _, w := range pairs("x", "y") {
		fmt.Print(w, " ")
	}
	for i := range pairs("x", "y") {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range times(4) {
		n++
	}
	for range upTo(2) {
		n += 10
	}
	fmt.Println("n", n)

	// `=` assigns to existing variables, which keep the last values.
	var k int
	var v string
	for k, v = range pairs("p", "q") {
	}
	fmt.Println("after:", k, v)
	var arr [3]int
	idx := 0
	for arr[idx] = range upTo(3) {
		idx = (idx + 1) % 3
	}
	fmt.Println(arr)
	var pt point
	for pt = range points {
		pt.x *= 10
	}
	fmt.Println(pt)

	// Method values, plain functions, generic instances.
	l := &list{items: []string{"one", "two"}}
	for i, s := range l.All {
		fmt.Println(i, s)
	}
	for f := range plain {
		fmt.Println(f)
	}
	for s := range mapSeq(upTo(3), func(i int) string { return fmt.Sprint("<", i, ">") }) {
		fmt.Print(s)
	}
	fmt.Println()
	var anon func(func(string, bool) bool) = func(yield func(string, bool) bool) {
		yield("t", true)
	}
	for s, b := range anon {
		fmt.Println(s, b)
	}

	// Go 1.22: each iteration has its own variables.
	var fs []func() int
	for i := range upTo(3) {
		fs = append(fs, func() int { return i * i })
		i += 100
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*string
	for _, w := range pairs("a", "b") {
		ptrs = append(ptrs, &w)
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	// The body sees and updates the enclosing function's variables.
	sum, last := 0, ""
	for i, w := range pairs("u", "v", "w") {
		sum += i
		last = w
	}
	fmt.Println(sum, last)

	// Nested loops over iterators and over other things.
	for i := range upTo(3) {
		for j := range upTo(i) {
			for _, c := range "ab" {
				fmt.Printf("%d%d%c ", i, j, c)
			}
		}
	}
	fmt.Println()

	// The range expression is evaluated once, before the loop.
	calls := 0
	get := func() Seq[int] { calls++; return upTo(3) }
	for range get() {
	}
	fmt.Println("calls", calls)

	// A nil iterator panics when called.
	defer func() { fmt.Println("recovered:", recover()) }()
	var none Seq[int]
	for x := range none {
		fmt.Println(x)
	}
}
