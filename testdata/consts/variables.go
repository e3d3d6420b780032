// var declarations, zero values, short declarations and redeclaration, shadowing.
package main

import "fmt"

var pkgLevel = initValue()

func initValue() int { return 99 }

var (
	zi  int
	zf  float64
	zs  string
	zb  bool
	zp  *int
	zsl []int
	zm  map[string]int
	zfn func()
	zif interface{}
)

func main() {
	fmt.Println(pkgLevel)
	fmt.Println(zi, zf, zs == "", zb, zp == nil, zsl == nil, zm == nil, zfn == nil, zif == nil)
	fmt.Printf("%q %v %v\n", zs, zsl, zm)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	a, b = b, a
	fmt.Println(a, b)
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	var i, j, k = 1, "two", 3.0
	fmt.Println(i, j, k)
	var _, second = 1, 2
	fmt.Println(second)
}
