// panic with a fmt.Stringer: Go prints its String() result... unless it is also an error.
package main

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	panic(Color(2))
}
