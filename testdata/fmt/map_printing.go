// fmt prints maps with sorted keys (internal/fmtsort): ints, floats incl. NaN and infinities,
// bools, strings, arrays, structs. (Keys of different dynamic types sort by the address of
// their type descriptors in Go: not portable, not tested.)
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "neg", 0: "zero", 10: "ten"})
	fmt.Println(map[float64]int{2.5: 1, math.Inf(-1): 2, math.Inf(1): 3, -0.5: 4, math.NaN(): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[string][]int{"b": {2}, "a": {1}, "": nil})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%v\n%+v\n", map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}})
	fmt.Println(map[string]map[string]int{"outer": {"z": 26, "a": 1}})
	fmt.Printf("%d %x %q\n", map[string]int{"b": 11, "a": 10}, map[string]int{"k": 255}, map[string]string{"q": "v"})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
	var nilMap map[string]int
	fmt.Println(nilMap, len(map[int]int{}))
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
}
