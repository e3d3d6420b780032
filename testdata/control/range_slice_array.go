// range over slices, arrays and pointers to arrays; the range expression is evaluated once.
package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Println(i, v)
	}
	for i := range s {
		fmt.Print(i)
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // ranges over a copy of the array
		arr[2] = 100
		if i == 2 {
			fmt.Println("copy value", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl { // slice shares the backing array
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice value", v)
		}
	}
	grow := []int{1, 2}
	for _, v := range grow {
		grow = append(grow, v*10)
	}
	fmt.Println(grow)
	pa := &[2]string{"x", "y"}
	for i, v := range pa {
		fmt.Println(i, v)
	}
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	total := 0
	for _, v := range [...]int{5, 6, 7} {
		total += v
	}
	fmt.Println(total)
}
