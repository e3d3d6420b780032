// Conway's game of life on a small torus: a glider travels across the board.
package main

import (
	"fmt"
	"strings"
)

const w, h = 8, 6

type Board [h][w]bool

func (b *Board) neighbours(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dy != 0 || dx != 0) && b[(y+dy+h)%h][(x+dx+w)%w] {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() Board {
	var next Board
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			n := b.neighbours(y, x)
			next[y][x] = n == 3 || (n == 2 && b[y][x])
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		b[p[0]][p[1]] = true
	}
	for gen := 0; gen <= 8; gen += 4 {
		fmt.Printf("generation %d:\n%v", gen, b)
		for i := 0; i < 4; i++ {
			b = b.Step()
		}
	}
}
