// range over maps (keys sorted before printing), deleting during iteration, nil maps.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 30, "bob": 25, "carol": 35, "dave": 40}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	sum := 0
	for _, v := range ages {
		sum += v
	}
	fmt.Println("sum", sum)
	for k := range ages {
		if ages[k] > 30 {
			delete(ages, k)
		}
	}
	fmt.Println(len(ages), ages)
	var nilMap map[int]int
	for range nilMap {
		fmt.Println("never")
	}
	byLen := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, byLen[l])
	}
}
