// any, the error interface, and custom error types.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, &NotFound{k}
	}
	return v, nil
}

func describe(v any) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	m := map[string]int{"a": 1}
	if v, err := lookup(m, "a"); err == nil {
		fmt.Println("found", v)
	}
	_, err := lookup(m, "b")
	fmt.Println(err)
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	var e error
	fmt.Println(e == nil, e)
	xs := []any{1, "s", 2.5, nil, []int{1}, map[string]bool{"t": true}, struct{}{}}
	for _, x := range xs {
		fmt.Println(describe(x))
	}
}
