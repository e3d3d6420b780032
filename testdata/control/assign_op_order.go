// `x op= v` and `x[i][j] op= v`: the right-hand side's calls run before the target is
// loaded, so a call that assigns to the target is seen (gc's order); `x[i][j]++` and
// `op=` on a slice of slices update the inner slice in place, and their index panics.
package main

import "fmt"

func main() {
	x := 1
	f := func() int { x = 10; return 1 }
	x += f()

	a := []int{1, 2}
	g := func() int { a[0] = 50; return 1 }
	a[0] += g()

	m := map[string]int{"k": 1}
	h := func() int { m["k"] = 7; return 1 }
	m["k"] += h()
	fmt.Println(x, a, m)

	grid := [][]int{{1, 2}, {3, 4}}
	grid[1][0] += 10
	grid[0][1]++
	grid[1][1] *= grid[0][0] + 2
	k := 1
	swap := func() int { grid[1] = []int{100, 200}; return 1 }
	grid[k][0] += swap()
	fmt.Println(grid)

	fl := [][]float32{{0.1, 0.2}}
	fl[0][1] -= 0.3
	fl[0][0]--
	fmt.Println(fl)

	for _, j := range []int{5, -1} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			grid[0][j] += 1
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		i := 7
		grid[i][0]++
	}()
}
