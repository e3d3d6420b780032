package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(len(s), ":", cap(s), " ")
	}
	fmt.Println()
	a := s[2:5]
	b := s[2:5:6]
	a = append(a, 100)
	b = append(b, 200, 300)
	fmt.Println(s, a, b, cap(a), cap(b))
	bs0 := make([]byte, 3)
	c := make([]string, 2, 10)
	copy(c, []string{"x", "y", "z"})
	fmt.Println(c, len(c), cap(c), copy(bs0, "ignored"))
	bs := []byte("héllo")
	bs[0] = 'H'
	fmt.Println(string(bs), len(bs), []rune("héllo")[1], string(rune(233)), string([]rune{104, 105}))
	for i, r := range "a\xffé" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	m := map[string][]int{}
	m["k"] = append(m["k"], 1, 2)
	delete(m, "none")
	v, ok := m["k"]
	_, ok2 := m["z"]
	fmt.Println(v, ok, ok2, len(m))
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1][0] = 30
	fmt.Println(grid, len(grid[0]))
	big := make([]int, 300)
	big = append(big, 1)
	fmt.Println(cap(big))
	clear(m)
	fmt.Println(len(m))
}
