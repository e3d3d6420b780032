// A backtracking sudoku solver on a fixed-size array board.
package main

import "fmt"

type Grid [9][9]int

func (g *Grid) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) solve(steps *int) bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					*steps++
					if g.solve(steps) {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func parse(rows []string) Grid {
	var g Grid
	for r, row := range rows {
		for c, ch := range row {
			if ch != '.' {
				g[r][c] = int(ch - '0')
			}
		}
	}
	return g
}

func main() {
	g := parse([]string{
		"53..7....",
		"6..195...",
		".98....6.",
		"8...6...3",
		"4..8.3..1",
		"7...2...6",
		".6....28.",
		"...419..5",
		"....8..79",
	})
	steps := 0
	fmt.Println(g.solve(&steps), steps)
	for _, row := range g {
		fmt.Println(row)
	}
}
