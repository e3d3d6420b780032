// Complex numbers in generic code, switches, indices and lengths (complex constants with a
// zero imaginary part), map lookups, mixed float32 arguments to complex, typed constants,
// and updates through pointers and fields.
package main

import "fmt"

type Num interface{ ~int | ~float64 | ~complex128 }

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fmt.Println(Sum(1+1i, 2, 3i), Sum(1.5, 2))
	c := 2i
	switch c {
	case 1i:
		fmt.Println("one")
	case 2i:
		fmt.Println("two")
	}
	x := 2 / (1 + 1i)
	fmt.Println(x, +c, 'a'+1i)
	a := []int{1, 2, 3}
	fmt.Println(a[1+0i], make([]int, 2+0i), [3 + 0i]int{})
	m := map[string]complex64{"a": 1}
	fmt.Println(real(m["a"]), imag(m["b"]))
	var f32 float32 = 1.5
	fmt.Println(complex(f32, 2), complex(2, f32))
	const k complex64 = 1e38
	fmt.Println(k*3, k+k)
	var cs [2]complex128
	cs[1] = 5 + 5i
	p := &cs[1]
	*p *= 2
	fmt.Println(cs)
	type S struct{ c complex64 }
	s := S{1}
	s.c -= 1i
	ps := &s
	ps.c *= ps.c
	fmt.Println(s, fmt.Sprintf("%v", ps.c))
}
