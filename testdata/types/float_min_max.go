// NaN and signed zero: min and max (a NaN operand wins; -0 is below +0), structs and arrays
// holding a NaN are unequal to themselves, and each NaN map key is an entry of its own.
package main

import (
	"fmt"
	"math"
)

type pair struct {
	name string
	x    float64
}

func sign(f float64) string {
	if math.Signbit(f) {
		return "-"
	}
	return "+"
}

func main() {
	nan := math.NaN()
	negZero := math.Copysign(0, -1)
	zero := 0.0
	fmt.Println(min(2.0, nan), max(2.0, nan), min(nan, 2.0), max(nan, 2.0))
	fmt.Println(min(1.0, 2.0, nan, 3.0), max(1.0, nan, 3.0))
	fmt.Println(sign(min(negZero, zero)), sign(min(zero, negZero)))
	fmt.Println(sign(max(negZero, zero)), sign(max(zero, negZero)))
	fmt.Println(sign(min(negZero, negZero)), sign(max(negZero, negZero)))
	var f32 float32 = float32(negZero)
	fmt.Println(sign(float64(min(f32, 0))), sign(float64(max(f32, 0))), min(float32(1.5), float32(nan)))
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min("b", "a"), max(1.5, 2.5, -1))
	inf := math.Inf(1)
	fmt.Println(min(inf, nan), max(-inf, 5), min(-inf, 5))

	p := pair{"p", nan}
	q := p
	fmt.Println(p == p, p == q, p != q)
	arr := [2]float64{1, nan}
	fmt.Println(arr == arr, arr != arr)
	var i1, i2 any = nan, nan
	fmt.Println(i1 == i2, i1 == i1)
	ok := [2]float64{1, 2}
	fmt.Println(ok == ok, pair{"z", negZero} == pair{"z", 0})

	m := map[float64]int{}
	for i := 0; i < 3; i++ {
		m[nan] = i
	}
	m[1] = 10
	delete(m, nan)
	_, found := m[nan]
	fmt.Println(len(m), found, m[1])
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(nans, sum)
	clear(m)
	fmt.Println(len(m))

	pm := map[pair]bool{}
	pm[pair{"a", nan}] = true
	pm[pair{"a", nan}] = true
	pm[pair{"a", 1}] = true
	pm[pair{"a", 1}] = true
	fmt.Println(len(pm), pm[pair{"a", nan}], pm[pair{"a", 1}])

	am := map[any]int{}
	am[nan] = 1
	am[nan] = 2
	am[[1]float64{nan}] = 3
	am[1.0] = 4
	fmt.Println(len(am), am[nan], am[1.0])
}
