// Variadic functions: zero args, spreading a slice (which aliases it), mixed parameters.
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func count(xs ...interface{}) int { return len(xs) }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	zeroFirst(s...)
	fmt.Println(s)
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(count(), count(nil), count(1, "a", nil))
	var nilSlice []int
	fmt.Println(sum(nilSlice...))
	fmt.Printf("%T\n", sum)
}
