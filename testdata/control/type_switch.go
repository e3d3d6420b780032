// Type switches: concrete types, interfaces, nil, multiple types per case, shadowed variable.
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v (%T)", x, x)
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 41, "hey", true, 2.5, errors.New("boom"), Name("go"), []int{1, 2}, func() int { return 7 }, 'r', struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error interface")
	}
	switch t := interface{}(3).(type) {
	case int, string:
		fmt.Printf("%T\n", t)
	}
}
