// Runtime panic: a promoted field through a nil embedded pointer.
// golden: stderr=first-line
package main

import "fmt"

type Base struct{ ID int }

type Wrapper struct {
	*Base
	Name string
}

func main() {
	w := Wrapper{Name: "w"}
	fmt.Println(w.Name, w.Base == nil)
	fmt.Println(w.ID)
}
