// Maps: nil map reads, comma-ok, delete, len, map of structs, struct keys, reference semantics.
package main

import (
	"fmt"
	"sort"
)

type Key struct {
	X, Y int
}

type Info struct {
	Name  string
	Count int
}

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap["missing"], len(nilMap), nilMap == nil)
	v, ok := nilMap["x"]
	fmt.Println(v, ok)
	delete(nilMap, "x")

	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	v, ok = m["two"]
	fmt.Println(v, ok, len(m))
	delete(m, "two")
	delete(m, "never there")
	_, ok = m["two"]
	fmt.Println(ok, len(m))
	m["one"] += 10
	m["new"]++
	fmt.Println(m["one"], m["new"])

	grid := map[Key]string{}
	grid[Key{1, 2}] = "a"
	grid[Key{1, 2}] += "b"
	fmt.Println(grid[Key{1, 2}], len(grid))

	infos := map[string]Info{"x": {"x", 1}}
	i := infos["x"]
	i.Count++
	infos["x"] = i
	fmt.Println(infos["x"])

	ptrs := map[string]*Info{"y": {"y", 1}}
	ptrs["y"].Count += 5
	fmt.Println(*ptrs["y"])

	alias := m
	alias["shared"] = 42
	fmt.Println(m["shared"])

	arrKey := map[[2]int]bool{{1, 2}: true}
	fmt.Println(arrKey[[2]int{1, 2}], arrKey[[2]int{2, 1}])

	ifaceKey := map[interface{}]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(ifaceKey[1], ifaceKey["1"], ifaceKey[1.0], len(ifaceKey))

	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3})
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
