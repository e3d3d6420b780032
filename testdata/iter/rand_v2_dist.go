// math/rand/v2: the distributions (NormFloat64, ExpFloat64, Zipf) over seeded sources give
// Go's exact values; ChaCha8.Read mixes with Uint64 as Go does; PCG and ChaCha8 marshal to
// Go's encodings, resume from them, and reject bad ones.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// summary prints the first few values and a digest of all n draws of f.
func summary(name string, n int, f func() float64) {
	var sum float64
	var bits uint64
	lo, hi := math.Inf(1), math.Inf(-1)
	for i := 0; i < n; i++ {
		x := f()
		if i < 4 {
			fmt.Println(name, i, x)
		}
		sum += x
		bits ^= math.Float64bits(x) * uint64(i+1)
		lo, hi = min(lo, x), max(hi, x)
	}
	fmt.Printf("%s n=%d sum=%.10g min=%v max=%v digest=%#x\n", name, n, sum, lo, hi, bits)
}

func chachaSeed(s string) [32]byte {
	var seed [32]byte
	copy(seed[:], s)
	return seed
}

func distributions() {
	r := rand.New(rand.NewPCG(1, 2))
	summary("norm/pcg", 20000, r.NormFloat64)
	summary("exp/pcg", 20000, r.ExpFloat64)
	c := rand.New(rand.NewChaCha8(chachaSeed("distribution seed")))
	summary("norm/chacha", 20000, c.NormFloat64)
	summary("exp/chacha", 20000, c.ExpFloat64)

	x := rand.NormFloat64()
	e := rand.ExpFloat64()
	fmt.Println("top-level finite:", !math.IsNaN(x) && !math.IsInf(x, 0), e > 0)
}

func zipfs() {
	for _, p := range []struct {
		s, v float64
		imax uint64
	}{{1.1, 1, 10}, {2, 1, 100}, {1.5, 3, 1000}, {3.7, 10, 1 << 40}} {
		z := rand.NewZipf(rand.New(rand.NewPCG(7, uint64(p.imax))), p.s, p.v, p.imax)
		var xs [12]uint64
		counts := make([]int, 4)
		for i := 0; i < 5000; i++ {
			k := z.Uint64()
			if i < len(xs) {
				xs[i] = k
			}
			if k > p.imax {
				fmt.Println("out of range", k)
			}
			counts[min(k, 3)]++
		}
		fmt.Println("zipf", p.s, p.v, p.imax, xs, counts)
	}
	fmt.Println("bad zipf:", rand.NewZipf(rand.New(rand.NewPCG(1, 1)), 1, 1, 5) == nil,
		rand.NewZipf(rand.New(rand.NewPCG(1, 1)), 2, 0.5, 5) == nil)
	defer func() { fmt.Println("nil Zipf:", recover()) }()
	var z *rand.Zipf
	z.Uint64()
}

func reads() {
	c := rand.NewChaCha8(chachaSeed("reader"))
	for _, n := range []int{0, 3, 5, 8, 1, 13, 7, 16} {
		b := make([]byte, n)
		got, err := c.Read(b)
		fmt.Printf("read %d: %d %v %x\n", n, got, err, b)
	}
	fmt.Printf("uint64 after reads: %#x\n", c.Uint64())
	b := make([]byte, 2)
	c.Read(b)
	fmt.Printf("read 2: %x\n", b)
}

func marshalPCG() {
	p := rand.NewPCG(0x0102030405060708, 0x1112131415161718)
	p.Uint64()
	data, err := p.MarshalBinary()
	fmt.Printf("pcg marshal: %q %v\n", data, err)
	app, _ := p.AppendBinary([]byte("prefix"))
	fmt.Printf("pcg append: %q\n", app)
	q := rand.NewPCG(0, 0)
	fmt.Println("pcg unmarshal:", q.UnmarshalBinary(data), p.Uint64() == q.Uint64())
	for _, bad := range []string{"", "pcg:", "pcx:0123456789abcdef", string(data) + "x"} {
		fmt.Println("pcg bad:", q.UnmarshalBinary([]byte(bad)))
	}
}

func marshalChaCha() {
	c := rand.NewChaCha8(chachaSeed("marshal"))
	for _, skip := range []int{0, 1, 31, 1, 91, 1, 3, 200} {
		for i := 0; i < skip; i++ {
			c.Uint64()
		}
		data, err := c.MarshalBinary()
		fmt.Printf("chacha after %d: %x %v\n", skip, data, err)
		d := rand.NewChaCha8([32]byte{})
		err = d.UnmarshalBinary(data)
		same := true
		for i := 0; i < 300; i++ {
			if c.Uint64() != d.Uint64() {
				same = false
			}
		}
		fmt.Println("  resumed:", err, same)
	}
	e := rand.NewChaCha8(chachaSeed("boundary"))
	for i := 0; i < 124; i++ {
		e.Uint64()
	}
	data, _ := e.MarshalBinary()
	fmt.Printf("chacha after 124: %x\n", data)
	e.Uint64()
	data, _ = e.MarshalBinary()
	fmt.Printf("chacha after 125: %x\n", data)

	buf := make([]byte, 3)
	c.Read(buf)
	data, _ = c.MarshalBinary()
	fmt.Printf("chacha with read buffer: %q\n", data)
	d := rand.NewChaCha8([32]byte{})
	fmt.Println("unmarshal:", d.UnmarshalBinary(data))
	b1, b2 := make([]byte, 9), make([]byte, 9)
	c.Read(b1)
	d.Read(b2)
	fmt.Printf("reads agree: %x %x\n", b1, b2)
	app, _ := c.AppendBinary([]byte("x"))
	fmt.Println("append len:", len(app), string(app[:9]))

	bad := func(name string, data []byte) {
		fmt.Println("chacha bad", name+":", rand.NewChaCha8([32]byte{}).UnmarshalBinary(data))
	}
	good, _ := rand.NewChaCha8([32]byte{}).MarshalBinary()
	bad("empty", nil)
	bad("short", good[:40])
	bad("prefix", append([]byte("chacha9:"), good[8:]...))
	over := append([]byte(nil), good...)
	over[15] = 125
	bad("used 125", over)
	over[15] = 124
	bad("used 124", over)
	bad("readbuf", []byte("readbuf:\x05ab"))
	bad("readbuf only", []byte("readbuf:\x01a"))
}

func main() {
	distributions()
	zipfs()
	reads()
	marshalPCG()
	marshalChaCha()
}
