package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	for i := range 3 {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-ish ")
		default:
			fmt.Print("other ")
		}
	}
	fmt.Println(classify(-3), classify(0), classify(4), classify(7))
	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k, v := range m {
		if k == "b" {
			delete(m, "c")
		}
		sum += v
	}
	fmt.Println(sum >= 3, len(m))
	d := -5
	neg := d < 0 // a comparison stored in a variable, then used as a condition
	if neg {
		fmt.Println("neg", neg)
	}
	x := 5
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
	}
}
