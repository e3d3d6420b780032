// Package rand: pseudo-random numbers. The generator is a native (a per-process,
// randomly seeded PCG as in Go 1.20+, where the global source is unseeded random);
// the derived functions follow Go's src/math/rand/rand.go (BSD licence, The Go Authors).
package rand

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func Uint64() uint64

// Seed is a no-op: as in Go 1.24+, the global generator cannot be reseeded.
func Seed(seed int64) {}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func Int63() int64 { return int64(Uint64() & (1<<63 - 1)) }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func Uint32() uint32 { return uint32(Int63() >> 31) }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func Int31() int32 { return int32(Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func Int() int { return int(uint(Int63())) }

// Int63n returns, as an int64, a non-negative pseudo-random number in [0,n). It panics if n <= 0.
func Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := Int63()
	for v > max {
		v = Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in [0,n). It panics if n <= 0.
func Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(Int63n(int64(n)))
}

// Intn returns, as an int, a non-negative pseudo-random number in [0,n). It panics if n <= 0.
func Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in [0.0,1.0).
func Float64() float64 {
	for {
		f := float64(Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in [0.0,1.0).
func Float32() float32 {
	for {
		f := float32(Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers [0,n).
func Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of elements using swap.
func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := Intn(i + 1)
		swap(i, j)
	}
}

// A Rand is a source of random numbers (seeded sources are not reproducible here:
// every Rand draws from the global generator).
type Rand struct{}

// Source is a source of uniformly-distributed pseudo-random int64 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

type globalSource struct{}

func (globalSource) Int63() int64    { return Int63() }
func (globalSource) Seed(seed int64) {}

// NewSource returns a Source (drawing from the global generator).
func NewSource(seed int64) Source { return globalSource{} }

// New returns a new Rand.
func New(src Source) *Rand { return &Rand{} }

func (r *Rand) Int() int                           { return Int() }
func (r *Rand) Intn(n int) int                     { return Intn(n) }
func (r *Rand) Int63() int64                       { return Int63() }
func (r *Rand) Int63n(n int64) int64               { return Int63n(n) }
func (r *Rand) Int31n(n int32) int32               { return Int31n(n) }
func (r *Rand) Float64() float64                   { return Float64() }
func (r *Rand) Perm(n int) []int                   { return Perm(n) }
func (r *Rand) Shuffle(n int, swap func(i, j int)) { Shuffle(n, swap) }
