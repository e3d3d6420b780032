// math/rand/v2: PCG and ChaCha8 give Go's exact sequences for a seed, the Rand methods
// over them, argument panics, and properties of the randomly seeded top-level functions.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panics:", recover()) }()
	f()
}

func main() {
	p := rand.NewPCG(1, 2)
	for i := 0; i < 5; i++ {
		fmt.Printf("%#x\n", p.Uint64())
	}
	p.Seed(0, 0)
	fmt.Printf("%#x %#x\n", p.Uint64(), p.Uint64())

	var seed [32]byte
	copy(seed[:], "chacha8rand sample seed bytes!!")
	c := rand.NewChaCha8(seed)
	var xs []uint64
	for i := 0; i < 300; i++ {
		xs = append(xs, c.Uint64())
	}
	fmt.Printf("%#x %#x %#x %#x %#x\n", xs[0], xs[1], xs[123], xs[124], xs[299])
	c.Seed([32]byte{})
	fmt.Printf("%#x\n", c.Uint64())

	for _, src := range []rand.Source{rand.NewPCG(42, 1024), rand.NewChaCha8([32]byte{7})} {
		r := rand.New(src)
		fmt.Println(r.IntN(10), r.IntN(1000), r.Int64N(1<<40), r.Int32N(7), r.Uint32N(3), r.Uint64N(1<<63+5), r.UintN(100))
		fmt.Println(r.Int(), r.Int64(), r.Int32(), r.Uint32(), r.Uint64(), r.Uint())
		fmt.Println(r.Float64(), r.Float32())
		fmt.Println(r.Perm(10))
		s := []string{"a", "b", "c", "d", "e", "f"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(s)
		fmt.Println(r.IntN(1), r.Int64N(1<<62+1), r.Uint64N(3))
	}

	r := rand.New(rand.NewPCG(3, 4))
	try("IntN(0)", func() { r.IntN(0) })
	try("Int64N(-1)", func() { r.Int64N(-1) })
	try("Int32N(0)", func() { r.Int32N(0) })
	try("Uint64N(0)", func() { r.Uint64N(0) })
	try("Uint32N(0)", func() { r.Uint32N(0) })
	try("UintN(0)", func() { r.UintN(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("N(0)", func() { rand.N(0) })
	try("top-level IntN(-5)", func() { rand.IntN(-5) })

	// Top-level functions are randomly seeded: print properties only.
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.IntN(7)
		d := rand.N(10 * time.Second)
		f := rand.Float64()
		u := rand.N(uint8(200))
		ok = ok && n >= 0 && n < 7 && d >= 0 && d < 10*time.Second && f >= 0 && f < 1 && u < 200
		ok = ok && rand.Int64N(5) < 5 && rand.Int32N(5) < 5 && rand.Uint32N(5) < 5 && rand.Uint64N(5) < 5 && rand.UintN(5) < 5
		ok = ok && rand.Int() >= 0 && rand.Int64() >= 0 && rand.Int32() >= 0 && rand.Float32() < 1
	}
	fmt.Println("in range:", ok)
	perm := rand.Perm(20)
	slices.Sort(perm)
	fmt.Println("perm sorted:", perm)
	seen := map[uint64]bool{}
	for i := 0; i < 100; i++ {
		seen[rand.Uint64()] = true
	}
	fmt.Println("distinct:", len(seen) > 95, rand.Uint32() >= 0)
	words := []string{"x", "y", "z"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	slices.Sort(words)
	fmt.Println(words)
	fmt.Printf("%T %T %T\n", r, rand.NewPCG(0, 0), rand.NewChaCha8(seed))
}
