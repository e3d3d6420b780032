// Package math/rand: a seeded generator reproduces Go's exact sequences (Int63, Uint32,
// Uint64, Int31, Int, Int63n/Int31n/Intn including powers of two and large bounds,
// Float64, Float32, Perm, Shuffle, Read, Seed again), plus the bad-argument panics.
package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	for _, seed := range []int64{42, 0, 1, -7, 1 << 40, 89482311} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		fmt.Println(r.Intn(10), r.Intn(1<<20), r.Intn(1000000007), r.Int63n(1<<62+3), r.Int31n(7), r.Int31n(1<<30), r.Int63n(16))
		fmt.Println(r.Float64(), r.Float32(), r.Perm(10))
		xs := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
		fmt.Println(xs)
		buf := make([]byte, 11)
		n, err := r.Read(buf)
		fmt.Println(n, err, buf)
		n, err = r.Read(buf[:3])
		fmt.Println(n, err, buf[:3])
	}
	r := rand.New(rand.NewSource(5))
	a := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	r.Seed(5)
	b := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	fmt.Println(a, b)
	src := rand.NewSource(99)
	fmt.Println(src.Int63())
	if s64, ok := src.(rand.Source64); ok {
		fmt.Println(s64.Uint64())
	}
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += r.Intn(1000)
	}
	fmt.Println(sum)
	fmt.Println(r.Perm(0), len(rand.Perm(5)))
	x := rand.Intn(10)
	fmt.Println(x >= 0 && x < 10, rand.Float64() < 1)
	try("Intn(0)", func() { r.Intn(0) })
	try("Int63n(-1)", func() { r.Int63n(-1) })
	try("Int31n(0)", func() { r.Int31n(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { r.Perm(-1) })
}
