// Width and flags on composite values and a table printed with padding.
package main

import "fmt"

func main() {
	rows := []struct {
		Name  string
		Qty   int
		Price float64
	}{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 10}}
	fmt.Printf("%-8s|%5s|%8s\n", "name", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-8s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
	}
	fmt.Printf("[%6v][%-6v]\n", []int{1, 2}, []int{3})
	fmt.Printf("[%3v]\n", map[string]int{"a": 1})
	fmt.Printf("[%x]\n", []int{10, 255})
	fmt.Printf("[%05s][%.1s]\n", "ab", "xyz")
	fmt.Printf("%v %+d\n", [2][2]int{{1, 2}, {3, 4}}, []int{1, -1})
	fmt.Printf("%08.3f|%+08d|%-08d|\n", -3.14159, 42, 42)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
}
