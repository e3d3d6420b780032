// A deep call chain panics: the trace names every function on the way.
package main

import "fmt"

type T struct{ items []string }

func (t *T) At(i int) string { return t.items[i] }

func level3(t *T) string { return t.At(10) }
func level2(t *T) string { return level3(t) }
func level1(t *T) string { return level2(t) }

func main() {
	t := &T{items: []string{"a"}}
	fmt.Println(level1(t))
}
