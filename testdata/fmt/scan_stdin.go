// golden: stdin=scan_stdin.in
// Scan, Scanln and Scanf reading os.Stdin: a count then that many numbers, records,
// a short line, format matching, and the end of the input.
package main

import "fmt"

func main() {
	var count int
	n, err := fmt.Scan(&count)
	fmt.Println("count:", n, err, count)
	total := 0
	for i := 0; i < count; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("scan:", err)
		}
		total += x
	}
	fmt.Println("total:", total)

	var name string
	var age int
	n, err = fmt.Scanln(&name, &age)
	fmt.Println("Scanln rest of numbers line:", n, err, name, age)
	n, err = fmt.Scanln(&name, &age)
	fmt.Println("Scanln record:", n, err, name, age)
	n, err = fmt.Scanln(&name, &age)
	fmt.Println("Scanln short line:", n, err, name, age)
	var a, b int
	n, err = fmt.Scanln(&a, &b)
	fmt.Println("Scanln long line:", n, err, a, b)
	n, err = fmt.Scanf("x=%d y=%d\n", &a, &b)
	fmt.Println("Scanf:", n, err, a, b)
	var f float64
	var t bool
	n, err = fmt.Scanf("%g %t\n", &f, &t)
	fmt.Println("Scanf float bool:", n, err, f, t)
	var w1, w2 string
	n, err = fmt.Scanln(&w1, &w2)
	fmt.Printf("Scanln unicode: %d %v %q %q\n", n, err, w1, w2)
	n, err = fmt.Scan(&w1)
	fmt.Printf("Scan last: %d %v %q\n", n, err, w1)
	n, err = fmt.Scan(&w1)
	fmt.Printf("Scan at EOF: %d %v\n", n, err)
	n, err = fmt.Scanln(&w1)
	fmt.Printf("Scanln at EOF: %d %v\n", n, err)
	n, err = fmt.Scanf("%d", &a)
	fmt.Printf("Scanf at EOF: %d %v\n", n, err)
}
