// Multiple results, named results with bare return, passing results straight on.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func named() (s string, n int, ok bool) { return }

func sum3(a, b, c int) int { return a + b + c }
func three() (int, int, int) { return 1, 2, 3 }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	fmt.Println(named())
	fmt.Println(sum3(three()))
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	_, rem := divmod(9, 4)
	fmt.Println(rem)
}
