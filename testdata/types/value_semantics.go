// Value semantics: structs and arrays copy on assignment, in range, in maps and in interfaces;
// slices, maps and pointers share.
package main

import "fmt"

type Inner struct{ Vals [2]int }
type Outer struct {
	Name  string
	In    Inner
	Tags  []string
	Attrs map[string]int
	Ptr   *Inner
}

func mutate(o Outer) {
	o.Name = "changed"
	o.In.Vals[0] = 99
	o.Tags[0] = "shared"
	o.Attrs["k"] = 42
	o.Ptr.Vals[1] = 7
}

func main() {
	o := Outer{"orig", Inner{[2]int{1, 2}}, []string{"t"}, map[string]int{}, &Inner{}}
	mutate(o)
	fmt.Println(o.Name, o.In.Vals, o.Tags, o.Attrs, *o.Ptr)

	items := []Inner{{[2]int{1, 1}}, {[2]int{2, 2}}}
	for _, it := range items {
		it.Vals[0] = 100
	}
	fmt.Println(items)
	for i := range items {
		items[i].Vals[0] = 100
	}
	fmt.Println(items)

	m := map[string]Inner{"a": {}}
	v := m["a"]
	v.Vals[0] = 5
	fmt.Println(m["a"], v)

	var i interface{} = o.In
	o.In.Vals[1] = -1
	fmt.Println(i, o.In)

	arr := [2][]int{{1}, {2}}
	arr2 := arr
	arr2[0][0] = 10
	arr2[1] = []int{20}
	fmt.Println(arr, arr2)

	p1 := &o
	p2 := p1
	p2.Name = "via pointer"
	fmt.Println(o.Name)
	copyOfStruct := *p1
	copyOfStruct.Name = "copy"
	fmt.Println(o.Name, copyOfStruct.Name)
}
