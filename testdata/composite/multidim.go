// Multi-dimensional arrays and jagged slices of slices.
package main

import "fmt"

func main() {
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	tri := make([][]int, 5)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
	grid := [][]string{{"a"}, {"b", "c"}, nil}
	fmt.Println(len(grid), len(grid[1]), grid[2] == nil, grid)
	cube := [2][2][2]int{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}}
	sum := 0
	for _, plane := range cube {
		for _, row := range plane {
			for _, v := range row {
				sum += v
			}
		}
	}
	fmt.Println(sum, cube[1][0][1])
	rows := grid[:2]
	rows[0] = append(rows[0], "z")
	fmt.Println(grid[0])
}
