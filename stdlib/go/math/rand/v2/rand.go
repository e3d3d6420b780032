// Package rand (math/rand/v2): pseudo-random numbers from a Source of uint64s. The
// sources are PCG (a 128-bit LCG with the DXSM output function) and ChaCha8 (the
// ChaCha8Rand generator of c2sp.org/chacha8rand), both giving Go's exact sequences for a
// seed. Rand draws bounded integers with Lemire's multiply-and-reject method, as Go does,
// so seeded programs see Go's values. The top-level functions draw from the process's
// randomly seeded generator (a native).
package rand

import (
	"errors"
	"math"
	"math/bits"
)

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

// AppendBinary appends the state to b: "pcg:" and the two state words, big-endian.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	return appendBE64(appendBE64(append(b, "pcg:"...), p.hi), p.lo), nil
}

// MarshalBinary is the state as AppendBinary encodes it.
func (p *PCG) MarshalBinary() ([]byte, error) { return p.AppendBinary(nil) }

var errPCGEncoding = errors.New("invalid PCG encoding")

// UnmarshalBinary restores a state MarshalBinary encoded.
func (p *PCG) UnmarshalBinary(data []byte) error {
	state, ok := cutPrefix(data, "pcg:")
	if !ok || len(state) != 16 {
		return errPCGEncoding
	}
	p.hi, p.lo = beUint64(state), beUint64(state[8:])
	return nil
}

// cutPrefix is b after prefix, and whether b starts with it.
func cutPrefix(b []byte, prefix string) ([]byte, bool) {
	if len(b) < len(prefix) || string(b[:len(prefix)]) != prefix {
		return b, false
	}
	return b[len(prefix):], true
}

// appendBE64 appends v's eight bytes to b, most significant first.
func appendBE64(b []byte, v uint64) []byte {
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(v>>shift))
	}
	return b
}

// beUint64 reads b's first eight bytes, most significant first.
func beUint64(b []byte) uint64 {
	var v uint64
	for _, x := range b[:8] {
		v = v<<8 | uint64(x)
	}
	return v
}

// leUint32 reads b's first four bytes, least significant first.
func leUint32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// putLE64 writes v's eight bytes into b, least significant first.
func putLE64(b []byte, v uint64) {
	for i := range b[:8] {
		b[i] = byte(v >> (8 * i))
	}
}

// ChaCha8 is a source running ChaCha8Rand: each iteration keys ChaCha8 with 32 bytes,
// takes 16 blocks, hands out 992 bytes and keeps the last 32 as the next key.
type ChaCha8 struct {
	// key is the current iteration's key, the state MarshalBinary records with next.
	key [8]uint32
	// out holds the current iteration's output; next is the first unused word.
	out     [124]uint64
	next    int
	nextKey [8]uint32
	// Read's leftover bytes of its last partial word are the last readLen of readBuf.
	readBuf [8]byte
	readLen int
}

// The ChaCha constant words ("expand 32-byte k").
var chachaSigma = [4]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}

// NewChaCha8 is a ChaCha8 seeded with seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed restarts the generator from seed, dropping any bytes Read kept.
func (c *ChaCha8) Seed(seed [32]byte) {
	c.setKey(seed[:])
	c.readBuf, c.readLen = [8]byte{}, 0
}

// setKey starts an iteration keyed by the 32 little-endian bytes b.
func (c *ChaCha8) setKey(b []byte) {
	for i := range c.key {
		c.key[i] = leUint32(b[4*i:])
	}
	c.iterate()
}

// Uint64 is the next 8 bytes of output, little-endian.
func (c *ChaCha8) Uint64() uint64 {
	if c.next == len(c.out) {
		c.key = c.nextKey
		c.iterate()
	}
	v := c.out[c.next]
	c.next++
	return v
}

// Read fills p with output bytes, little-endian words in turn; the unused bytes of a last
// partial word are kept for the next Read (Uint64 does not see them). It never fails.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[8-c.readLen:])
		c.readLen -= n
	}
	for ; len(p)-n >= 8; n += 8 {
		putLE64(p[n:], c.Uint64())
	}
	if rest := len(p) - n; rest > 0 {
		putLE64(c.readBuf[:], c.Uint64())
		n += copy(p[n:], c.readBuf[:])
		c.readLen = 8 - rest
	}
	return n, nil
}

// AppendBinary appends the state to b: "readbuf:", a length byte and the bytes Read kept
// (when there are some), then "chacha8:", the words used of this iteration (big-endian)
// and the iteration's key.
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(append(b, "readbuf:"...), byte(c.readLen))
		b = append(b, c.readBuf[8-c.readLen:]...)
	}
	b = appendBE64(append(b, "chacha8:"...), uint64(c.next))
	for _, k := range c.key {
		b = append(b, byte(k), byte(k>>8), byte(k>>16), byte(k>>24))
	}
	return b, nil
}

// MarshalBinary is the state as AppendBinary encodes it.
func (c *ChaCha8) MarshalBinary() ([]byte, error) { return c.AppendBinary(nil) }

var (
	errChaCha8Encoding = errors.New("invalid ChaCha8 encoding")
	errReadBufEncoding = errors.New("invalid ChaCha8 Read buffer encoding")
)

// UnmarshalBinary restores a state MarshalBinary encoded.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if rest, ok := cutPrefix(data, "readbuf:"); ok {
		if len(rest) == 0 || len(rest) < 1+int(rest[0]) {
			return errReadBufEncoding
		}
		kept := rest[1 : 1+rest[0]]
		c.readLen = copy(c.readBuf[8-len(kept):], kept)
		data = rest[1+len(kept):]
	}
	state, ok := cutPrefix(data, "chacha8:")
	if !ok || len(state) != 40 {
		return errChaCha8Encoding
	}
	used := beUint64(state)
	if used > uint64(len(c.out)) {
		return errChaCha8Encoding
	}
	c.setKey(state[8:])
	c.next = int(used)
	return nil
}

// iterate fills out from key, the words of each group of four blocks interleaved (word w
// of blocks 4g..4g+3 in turn), and keeps the last eight words as the next key.
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
	copy(c.nextKey[:], stream[248:])
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

// NormFloat64 is a normally distributed value with mean 0 and standard deviation 1,
// drawn with the ziggurat method of Marsaglia and Tsang over 128 strips: one draw picks a
// strip (bits 32-38) and a signed position in it (the low 32 bits).
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.src.Uint64()
		pos := int32(u)
		strip := u >> 32 & 127
		x := float64(pos) * float64(normW[strip])
		magnitude := uint32(pos)
		if pos < 0 {
			magnitude = -magnitude
		}
		if magnitude < normK[strip] {
			return x
		}
		if strip == 0 {
			return r.normTail(pos > 0)
		}
		if underDensity(normF[:], int(strip), r.Float64(), math.Exp(-x*x/2)) {
			return x
		}
	}
}

// normTail draws from the normal tail beyond normR (Marsaglia's method), on the
// positive or negative side.
func (r *Rand) normTail(positive bool) float64 {
	for {
		x := -math.Log(r.Float64()) * (1 / normR)
		y := -math.Log(r.Float64())
		if 2*y >= x*x {
			if positive {
				return normR + x
			}
			return -normR - x
		}
	}
}

// ExpFloat64 is an exponentially distributed value with rate 1 (mean 1), drawn with the
// ziggurat method over 256 strips: one draw picks a strip (bits 32-39) and a position in
// it (the low 32 bits).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.src.Uint64()
		pos := uint32(u)
		strip := uint8(u >> 32)
		x := float64(pos) * float64(expW[strip])
		if pos < expK[strip] {
			return x
		}
		if strip == 0 {
			return expR - math.Log(r.Float64())
		}
		if underDensity(expF[:], int(strip), r.Float64(), math.Exp(-x)) {
			return x
		}
	}
}

// underDensity is whether the point at height u (in [0, 1)) of strip i's wedge, between
// the densities f[i] and f[i-1], lies below density, compared in float32 as the tables are.
func underDensity(f []float32, i int, u, density float64) bool {
	return f[i]+float32(u)*(f[i-1]-f[i]) < float32(density)
}

// The ziggurats' parameters (from Marsaglia and Tsang's paper): the start of the tail and
// the area of each strip, for the normal and the exponential density.
const (
	normR    = 3.442619855899
	normArea = 9.91256303526217e-3
	expR     = 7.69711747013104972
	expArea  = 3.949659822581572e-3
)

// The ziggurat tables, by strip: K bounds the positions that fall inside the strip's
// rectangle, W scales a position to x, F is the density at the strip's outer edge.
var (
	normK [128]uint32
	normW [128]float32
	normF [128]float32
	expK  [256]uint32
	expW  [256]float32
	expF  [256]float32
)

func init() {
	ziggurat(normK[:], normW[:], normF[:], normR, normArea, 1<<31,
		func(x float64) float64 { return math.Exp(-x * x / 2) },
		func(y float64) float64 { return math.Sqrt(-2 * math.Log(y)) })
	ziggurat(expK[:], expW[:], expF[:], expR, expArea, 1<<32,
		func(x float64) float64 { return math.Exp(-x) },
		func(y float64) float64 { return -math.Log(y) })
}

// ziggurat fills the tables of a density (and its inverse) whose tail starts at edge,
// each strip of the given area, for positions up to scale: walking inwards from the
// tail, each strip's inner edge is where the density has risen by area/(outer edge).
func ziggurat(k []uint32, w, f []float32, edge, area, scale float64, density, inverse func(float64) float64) {
	last := len(k) - 1
	base := area / density(edge) // the width the base strip would have as a rectangle
	k[0], k[1] = uint32(edge/base*scale), 0
	w[0], w[last] = float32(base/scale), float32(edge/scale)
	f[0], f[last] = 1, float32(density(edge))
	outer := edge
	for i := last - 1; i >= 1; i-- {
		inner := inverse(area/outer + density(outer))
		k[i+1] = uint32(inner / outer * scale)
		w[i], f[i] = float32(inner/scale), float32(density(inner))
		outer = inner
	}
}

// Zipf draws integers k in [0, imax] with probability proportional to (v+k)^-s, by the
// rejection-inversion method of Hörmann and Derflinger ("Rejection-inversion to generate
// variates from monotone discrete distributions", 1996).
type Zipf struct {
	r          *Rand
	imax, v, s float64
	// oneMinusS and its inverse are the exponents of H and its inverse; hImax and
	// hSpan bound the uniform draw; accept is the distance from x to its rounded k within
	// which k is accepted without testing.
	oneMinusS, invOneMinusS float64
	hImax, hSpan, accept    float64
}

// NewZipf is a Zipf over r with parameters s > 1 and v >= 1 (nil otherwise) and maximum
// value imax.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, s: s, oneMinusS: 1 - s}
	z.invOneMinusS = 1 / z.oneMinusS
	z.hImax = z.h(z.imax + 0.5)
	z.hSpan = z.h(0.5) - z.weight(0) - z.hImax
	z.accept = 1 - z.hInverse(z.h(1.5)-z.weight(1))
	return z
}

// pow is base**exponent computed as exp(exponent*log(base)).
func pow(base, exponent float64) float64 { return math.Exp(exponent * math.Log(base)) }

// weight is the unnormalized probability (v+k)^-s of k.
func (z *Zipf) weight(k float64) float64 { return pow(z.v+k, -z.s) }

// h is the integral of the weights, H(x) = (v+x)^(1-s)/(1-s).
func (z *Zipf) h(x float64) float64 { return pow(z.v+x, z.oneMinusS) * z.invOneMinusS }

// hInverse is H's inverse.
func (z *Zipf) hInverse(y float64) float64 { return pow(z.oneMinusS*y, z.invOneMinusS) - z.v }

// Uint64 is a Zipf-distributed value; it panics on a nil Zipf.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	for {
		y := z.hImax + z.r.Float64()*z.hSpan
		x := z.hInverse(y)
		k := math.Floor(x + 0.5)
		if k-x <= z.accept || y >= z.h(k+0.5)-z.weight(k) {
			return uint64(k)
		}
	}
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

// NormFloat64 is a random standard normal value.
func NormFloat64() float64 { return global.NormFloat64() }

// ExpFloat64 is a random exponentially distributed value with rate 1.
func ExpFloat64() float64 { return global.ExpFloat64() }

// Perm is a random permutation of the integers [0, n).
func Perm(n int) []int { return global.Perm(n) }

// Shuffle randomizes the order of n elements with swap; it panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
