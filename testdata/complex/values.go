// Complex values as ordinary Go values: zero values, interfaces and type switches, map keys
// (a NaN key is a new entry each time, -0 and +0 are one key), struct and array equality,
// slices, channels, closures and method receivers.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Point struct {
	Name string
	Z    complex128
}

type Pair [2]complex64

type Phasor complex128

func (p Phasor) Scale(k float64) Phasor { return p * Phasor(complex(k, 0)) }

func (p *Phasor) Rotate() { *p *= 1i }

func describe(v interface{}) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprintf("complex64 %v", x)
	case complex128:
		return fmt.Sprintf("complex128 %v", x)
	case float64:
		return fmt.Sprintf("float64 %v", x)
	}
	return "other"
}

func main() {
	var z complex128
	var z64 complex64
	var p Point
	var arr [3]complex64
	fmt.Println(z, z64, p, arr)

	var i interface{} = 1 + 2i
	var j interface{} = complex64(1 + 2i)
	fmt.Println(describe(i), describe(j), describe(2.0), describe(1))
	fmt.Println(i == 1+2i, i == j, i == complex128(complex64(1+2i)), j == complex64(1+2i))
	if c, ok := i.(complex128); ok {
		fmt.Println("asserted", c*c)
	}
	_, ok := j.(complex128)
	fmt.Println(ok)

	m := map[complex128]string{}
	m[1+1i] = "a"
	m[complex(0, 0)] = "zero"
	m[complex(math.Copysign(0, -1), math.Copysign(0, -1))] = "negzero"
	nan := complex(math.NaN(), 0)
	m[nan] = "nan1"
	m[nan] = "nan2"
	m[complex(1, math.NaN())] = "nan3"
	_, found := m[nan]
	fmt.Println(len(m), m[0], m[1+1i], found)
	keys := []string{}
	for k, v := range m {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	delete(m, nan)
	fmt.Println(len(m))
	m2 := map[complex64]int{1i: 1, 2: 2, -1: 3}
	fmt.Println(m2)
	mi := map[interface{}]int{1i: 1, complex64(1i): 2}
	fmt.Println(len(mi), mi[1i], mi[complex64(1i)])

	a, b := Point{"a", 1 + 1i}, Point{"a", 1 + 1i}
	fmt.Println(a == b, a != Point{"a", 1 - 1i})
	na := Point{"n", complex(math.NaN(), 0)}
	fmt.Println(na == na)
	pa, pb := Pair{1, 2i}, Pair{1, 2i}
	fmt.Println(pa == pb, pa == Pair{1, 2})
	var ia, ib interface{} = pa, pb
	fmt.Println(ia == ib)

	s := []complex128{3 + 1i, 1 - 1i, 2}
	sort.Slice(s, func(x, y int) bool { return real(s[x]) < real(s[y]) })
	s = append(s, 4i)
	fmt.Println(s, len(s), s[3])

	ch := make(chan complex64, 2)
	ch <- 1 + 1i
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	sum := complex128(0)
	add := func(c complex128) { sum += c }
	for k := 0; k < 4; k++ {
		add(complex(float64(k), float64(-k)))
	}
	fmt.Println(sum)

	ph := Phasor(2 + 1i)
	fmt.Println(ph.Scale(2))
	ph.Rotate()
	fmt.Printf("%v %T\n", ph, ph)
	pz := &z
	*pz = 5i
	fmt.Println(z, *pz+1)
}
