// Composite literals: elided element types, keyed arrays, [...] arrays, nested literals.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pts := []Point{{1, 2}, {X: 3}, {}}
	fmt.Println(pts)
	pps := []*Point{{1, 1}, {2, 2}}
	fmt.Println(*pps[0], pps[1].X)
	grid := [][]int{{1, 2}, {3}, {}}
	fmt.Println(grid, len(grid[2]))
	arr := [...]string{2: "c", 0: "a", "b-after-a"}
	fmt.Println(len(arr), arr)
	sparse := [10]int{1, 5: 5, 9: 9}
	fmt.Println(sparse)
	keyed := []string{3: "d", 1: "b"}
	fmt.Println(len(keyed), keyed)
	m := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[Point{1, 2}], m[Point{3, 4}], len(m))
	nested := map[string][]int{"odd": {1, 3}, "even": {2, 4}}
	fmt.Println(nested["odd"], nested["even"])
	mp := map[string]*Point{"p": {9, 9}}
	fmt.Println(mp["p"].Y)
	matrix := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(matrix, len(matrix), len(matrix[0]))
	const n = 3
	idx := [n]bool{n - 1: true}
	fmt.Println(idx)
}
