// Functions as values: maps of funcs, nil func comparison, higher-order helpers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](7, 3))
	}
	xs := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	fmt.Println(filter(xs, func(x int) bool { return x%2 == 0 }))
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }))
	var f func()
	fmt.Println(f == nil)
	up := strings.ToUpper
	fmt.Println(up("shout"))
}
