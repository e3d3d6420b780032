// Runtime panic: a map with interface keys given a slice key.
package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	var k interface{} = []string{"x"}
	m[k] = 3
}
