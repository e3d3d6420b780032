// Integer division truncates toward zero; the remainder has the sign of the dividend.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], p[0]/p[1], p[0]%p[1])
	}
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
	fmt.Println(7.0/2.0, -7.0/2.0)
	var u uint = 7
	fmt.Println(u/2, u%2)
	x := 17
	x /= 3
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	fmt.Println(-7>>1, -7/2)
}
