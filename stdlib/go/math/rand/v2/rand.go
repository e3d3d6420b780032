// Package rand (math/rand/v2): pseudo-random numbers from a Source of uint64s. The
// sources are PCG (a 128-bit LCG with the DXSM output function) and ChaCha8 (the
// ChaCha8Rand generator of c2sp.org/chacha8rand), both giving Go's exact sequences for a
// seed. Rand draws bounded integers with Lemire's multiply-and-reject method, as Go does,
// so seeded programs see Go's values. The top-level functions draw from the process's
// randomly seeded generator (a native).
package rand

import "math/bits"

// Source is a source of uniformly distributed uint64 values.
type Source interface {
	Uint64() uint64
}

// Rand is a generator of random values of many kinds over a Source.
type Rand struct {
	src Source
}

// New is a Rand drawing from src.
func New(src Source) *Rand { return &Rand{src: src} }

// Uint64 is a uniformly distributed 64-bit value.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Uint32 is a uniformly distributed 32-bit value (the high half of a draw).
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint is a uniformly distributed uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// Int64 is a non-negative int64 (a draw without its top bit).
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() << 1 >> 1) }

// Int32 is a non-negative int32 (the top 31 bits of a draw).
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int is a non-negative int.
func (r *Rand) Int() int { return int(r.src.Uint64() << 1 >> 1) }

// below draws uniformly from [0, n), n > 0: the high word of draw*n, redrawn while the
// low word falls in the biased zone below 2^64 mod n.
func (r *Rand) below(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.src.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.src.Uint64(), n)
	if lo < n {
		zone := -n % n
		for lo < zone {
			hi, lo = bits.Mul64(r.src.Uint64(), n)
		}
	}
	return hi
}

// bounded is below(n) for the method name, which panics unless valid (n in its range).
func (r *Rand) bounded(n uint64, valid bool, name string) uint64 {
	if !valid {
		panic("invalid argument to " + name)
	}
	return r.below(n)
}

// Int64N is a value in [0, n); it panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 { return int64(r.bounded(uint64(n), n > 0, "Int64N")) }

// Uint64N is a value in [0, n); it panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 { return r.bounded(n, n != 0, "Uint64N") }

// Int32N is a value in [0, n); it panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 { return int32(r.bounded(uint64(n), n > 0, "Int32N")) }

// Uint32N is a value in [0, n); it panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 { return uint32(r.bounded(uint64(n), n != 0, "Uint32N")) }

// IntN is a value in [0, n); it panics if n <= 0.
func (r *Rand) IntN(n int) int { return int(r.bounded(uint64(n), n > 0, "IntN")) }

// UintN is a value in [0, n); it panics if n == 0.
func (r *Rand) UintN(n uint) uint { return uint(r.bounded(uint64(n), n != 0, "UintN")) }

// Float64 is a value in [0.0, 1.0): 53 random bits as a fraction.
func (r *Rand) Float64() float64 { return float64(r.src.Uint64()&(1<<53-1)) / (1 << 53) }

// Float32 is a value in [0.0, 1.0): 24 random bits as a fraction.
func (r *Rand) Float32() float32 { return float32(r.Uint32()&(1<<24-1)) / (1 << 24) }

// Perm is a random permutation of the integers [0, n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle randomizes the order of n elements with swap (Fisher-Yates, last first); it
// panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for last := n - 1; last > 0; last-- {
		swap(last, int(r.below(uint64(last+1))))
	}
}

// PCG is a source using a 128-bit linear congruential generator whose state is output
// through the DXSM (double xorshift multiply) permutation.
type PCG struct {
	hi, lo uint64
}

// The LCG's multiplier and increment, as 128-bit halves, and DXSM's multiplier.
const (
	pcgMulHi = 0x2360ed051fc65da4
	pcgMulLo = 0x4385df649fccf645
	pcgIncHi = 0x5851f42d4c957f2d
	pcgIncLo = 0x14057b7ef767814f
	dxsmMul  = 0xda942042e4dd58b5
)

// NewPCG is a PCG seeded with the state (seed1, seed2).
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{hi: seed1, lo: seed2} }

// Seed resets the state to (seed1, seed2).
func (p *PCG) Seed(seed1, seed2 uint64) { p.hi, p.lo = seed1, seed2 }

// Uint64 steps the LCG and outputs the permuted new state.
func (p *PCG) Uint64() uint64 {
	carryHi, lo := bits.Mul64(p.lo, pcgMulLo)
	hi := carryHi + p.hi*pcgMulLo + p.lo*pcgMulHi
	lo, c := bits.Add64(lo, pcgIncLo, 0)
	hi, _ = bits.Add64(hi, pcgIncHi, c)
	p.hi, p.lo = hi, lo
	x := (hi ^ hi>>32) * dxsmMul
	x ^= x >> 48
	return x * (lo | 1)
}

// ChaCha8 is a source running ChaCha8Rand: each iteration keys ChaCha8 with 32 bytes,
// takes 16 blocks, hands out 992 bytes and keeps the last 32 as the next key.
type ChaCha8 struct {
	key [8]uint32
	// out holds the current iteration's output; next is the first unused word.
	out  [124]uint64
	next int
}

// The ChaCha constant words ("expand 32-byte k").
var chachaSigma = [4]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}

// NewChaCha8 is a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed restarts the generator from seed.
func (c *ChaCha8) Seed(seed [32]byte) {
	for i := range c.key {
		b := seed[4*i : 4*i+4]
		c.key[i] = uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	}
	c.next = len(c.out)
}

// Uint64 is the next 8 bytes of output, little-endian.
func (c *ChaCha8) Uint64() uint64 {
	if c.next == len(c.out) {
		c.iterate()
	}
	v := c.out[c.next]
	c.next++
	return v
}

// iterate runs one ChaCha8Rand iteration: blocks 0..15 under the current key, the words
// of each group of four blocks interleaved (word w of blocks 4g..4g+3 in turn), the last
// eight words becoming the next key.
func (c *ChaCha8) iterate() {
	var stream [256]uint32
	for blk := 0; blk < 16; blk++ {
		words := chacha8Block(&c.key, uint32(blk))
		group := blk / 4 * 64
		for w, v := range words {
			stream[group+4*w+blk%4] = v
		}
	}
	for i := range c.out {
		c.out[i] = uint64(stream[2*i]) | uint64(stream[2*i+1])<<32
	}
	copy(c.key[:], stream[248:])
	c.next = 0
}

// chacha8Block is ChaCha8's block for key and counter (zero nonce), with only the key
// words added back after the rounds (ChaCha8Rand leaves the constants and the counter
// out of the feed-forward).
func chacha8Block(key *[8]uint32, counter uint32) [16]uint32 {
	var x [16]uint32
	copy(x[:4], chachaSigma[:])
	copy(x[4:12], key[:])
	x[12] = counter
	for round := 0; round < 4; round++ {
		quarter(&x, 0, 4, 8, 12)
		quarter(&x, 1, 5, 9, 13)
		quarter(&x, 2, 6, 10, 14)
		quarter(&x, 3, 7, 11, 15)
		quarter(&x, 0, 5, 10, 15)
		quarter(&x, 1, 6, 11, 12)
		quarter(&x, 2, 7, 8, 13)
		quarter(&x, 3, 4, 9, 14)
	}
	for i, k := range key {
		x[4+i] += k
	}
	return x
}

// quarter is ChaCha's quarter round on words a, b, c, d of x.
func quarter(x *[16]uint32, a, b, c, d int) {
	x[a] += x[b]
	x[d] = bits.RotateLeft32(x[d]^x[a], 16)
	x[c] += x[d]
	x[b] = bits.RotateLeft32(x[b]^x[c], 12)
	x[a] += x[b]
	x[d] = bits.RotateLeft32(x[d]^x[a], 8)
	x[c] += x[d]
	x[b] = bits.RotateLeft32(x[b]^x[c], 7)
}

// runtimeUint64 is a random 64-bit value from the process's generator.
func runtimeUint64() uint64

// runtimeSource is the randomly seeded source of the top-level functions.
type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtimeUint64() }

var global = New(runtimeSource{})

// Uint64 is a random 64-bit value.
func Uint64() uint64 { return global.Uint64() }

// Uint32 is a random 32-bit value.
func Uint32() uint32 { return global.Uint32() }

// Uint is a random uint.
func Uint() uint { return global.Uint() }

// Int64 is a random non-negative int64.
func Int64() int64 { return global.Int64() }

// Int32 is a random non-negative int32.
func Int32() int32 { return global.Int32() }

// Int is a random non-negative int.
func Int() int { return global.Int() }

// Int64N is a random value in [0, n); it panics if n <= 0.
func Int64N(n int64) int64 { return global.Int64N(n) }

// Uint64N is a random value in [0, n); it panics if n == 0.
func Uint64N(n uint64) uint64 { return global.Uint64N(n) }

// Int32N is a random value in [0, n); it panics if n <= 0.
func Int32N(n int32) int32 { return global.Int32N(n) }

// Uint32N is a random value in [0, n); it panics if n == 0.
func Uint32N(n uint32) uint32 { return global.Uint32N(n) }

// IntN is a random value in [0, n); it panics if n <= 0.
func IntN(n int) int { return global.IntN(n) }

// UintN is a random value in [0, n); it panics if n == 0.
func UintN(n uint) uint { return global.UintN(n) }

// N is a random value in [0, n) of any integer type (a time.Duration, say); it panics
// if n <= 0.
func N[Int intType](n Int) Int { return Int(global.bounded(uint64(n), n > 0, "N")) }

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Float64 is a random value in [0.0, 1.0).
func Float64() float64 { return global.Float64() }

// Float32 is a random value in [0.0, 1.0).
func Float32() float32 { return global.Float32() }

// Perm is a random permutation of the integers [0, n).
func Perm(n int) []int { return global.Perm(n) }

// Shuffle randomizes the order of n elements with swap; it panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
