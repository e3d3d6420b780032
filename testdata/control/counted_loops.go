// Counted loops whose condition is tested at the bottom (one compare-and-loop instruction,
// fused with the increment): continue, break, labels, the counter changed in the body,
// the bound changed in the body, closures over per-iteration variables, steps other than
// one, <= bounds, narrow integer counters that wrap, ranges with continue, and ranges over
// variables the body reassigns (the range expression is evaluated once).
package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		s += i
	}
	fmt.Println("continue:", s)

	n := 5
	for i := 0; i < n; i++ {
		if i == 2 {
			n = 8
		}
		s += i
	}
	fmt.Println("bound grows:", s, n)

	for i := 0; i < 20; i++ {
		if i == 3 {
			i += 10
		}
		s += i
	}
	fmt.Println("counter jumps:", s)

	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
		if i == 1 {
			continue
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	for i := 1; i <= 9; i += 4 {
		fmt.Print(i, " ")
	}
	for i := 10; i <= 10; i++ {
		fmt.Print("once ")
	}
	for i := 10; i < 10; i++ {
		fmt.Print("never ")
	}
	m := 3
	for i := -2; i <= m; i++ {
		fmt.Print(i, ",")
	}
	fmt.Println()

	var k int8
	count := 0
	for k = 120; k > 0 && k < 127; k++ {
		count++
	}
	fmt.Println("int8:", k, count)
	var u uint8
	for u = 250; u != 3; u++ {
		count++
	}
	fmt.Println("uint8 wraps:", u, count)

	pairs := 0
rows:
	for r := 1; r <= 5; r++ {
		for c := r; c < 2*r; c += 2 {
			switch {
			case c > 6:
				break rows
			case (r+c)%3 == 0:
				continue rows
			}
			pairs = pairs*10 + c
		}
	}
	fmt.Println("labels:", pairs)

	xs := []int{5, 6, 7, 8, 9}
	t := 0
	for i, x := range xs {
		if i == 1 {
			continue
		}
		xs = xs[:2]
		t += x
	}
	for i := range 6 {
		if i%2 == 1 {
			continue
		}
		t += i
	}
	mp := map[int]int{1: 10, 2: 20, 3: 30}
	for k := range mp {
		if k == 2 {
			continue
		}
		t += mp[k]
	}
	fmt.Println("range:", t)
	str := "héllo"
	for i, c := range str {
		str = "x"
		fmt.Print(i, string(c), " ")
	}
	mm := map[string]int{"a": 1}
	for k, v := range mm {
		mm = map[string]int{"b": 2, "c": 3}
		fmt.Print(k, v, " ")
	}
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 9
		fmt.Print(i, v, " ")
	}
	fmt.Println(str, len(mm), arr)

	i := 0
	for ; i < 5; {
		i += 2
	}
	fmt.Println("no post:", i)
	for i = 0; i < 1000000; i++ {
	}
	fmt.Println("empty body:", i)
}
