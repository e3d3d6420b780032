// Order of evaluation: operands and call arguments left to right, assignments in two phases,
// index expressions of op-assignments evaluated once.
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(i int) int {
	trace = append(trace, fmt.Sprint("idx", i))
	return i
}

func show() {
	fmt.Println(trace)
	trace = nil
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	fmt.Println(three(t("a", 1), t("b", 2), t("c", 3)))
	show()
	fmt.Println(t("x", 1)+t("y", 2)*t("z", 3))
	show()

	s := []int{0, 0, 0}
	s[idx(1)] += t("rhs", 5)
	fmt.Println(s)
	show()

	i := 0
	i, s[i] = 2, 9 // s[i] uses the old i
	fmt.Println(i, s)

	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)

	m := map[string]int{}
	m["k"] += t("m", 3)
	m["k"] *= 2
	fmt.Println(m)
	show()

	x := []int{1, 2, 3}
	j := 0
	j, x[j] = x[j]+10, 100
	fmt.Println(j, x)

	type P struct{ v int }
	p := &P{1}
	p.v <<= 3
	p.v -= t("p", 2)
	fmt.Println(p.v)
	show()

	f := func() int { return t("called", 4) }
	arr := [5]int{}
	arr[f()]++
	arr[f()]++
	fmt.Println(arr)
	show()
}
