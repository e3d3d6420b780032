package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	for _, x := range []uint64{0, 1, 2, 3, 0x80, 0xF0, 0x1234, 0xFFFF, 0x8000_0000, 0xDEADBEEF, 1 << 40, math.MaxUint64, 0x0123456789ABCDEF} {
		x8, x16, x32 := uint8(x), uint16(x), uint32(x)
		fmt.Println(x, "lz", bits.LeadingZeros(uint(x)), bits.LeadingZeros8(x8), bits.LeadingZeros16(x16), bits.LeadingZeros32(x32), bits.LeadingZeros64(x))
		fmt.Println(x, "tz", bits.TrailingZeros(uint(x)), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16), bits.TrailingZeros32(x32), bits.TrailingZeros64(x))
		fmt.Println(x, "ones", bits.OnesCount(uint(x)), bits.OnesCount8(x8), bits.OnesCount16(x16), bits.OnesCount32(x32), bits.OnesCount64(x))
		fmt.Println(x, "len", bits.Len(uint(x)), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(x))
		fmt.Println(x, "rev", bits.Reverse(uint(x)), bits.Reverse8(x8), bits.Reverse16(x16), bits.Reverse32(x32), bits.Reverse64(x))
		fmt.Println(x, "revbytes", bits.ReverseBytes(uint(x)), bits.ReverseBytes16(x16), bits.ReverseBytes32(x32), bits.ReverseBytes64(x))
		for _, k := range []int{0, 1, 3, -1, -5, 8, 17, 64, -65, 100} {
			fmt.Println(x, "rot", k, bits.RotateLeft(uint(x), k), bits.RotateLeft8(x8, k), bits.RotateLeft16(x16, k), bits.RotateLeft32(x32, k), bits.RotateLeft64(x, k))
		}
	}

	vals := []uint64{0, 1, 2, 0x7FFF_FFFF, 0xFFFF_FFFF, 1 << 32, 1<<63 - 1, 1 << 63, math.MaxUint64}
	for _, x := range vals {
		for _, y := range vals {
			for _, c := range []uint64{0, 1} {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s2, co2 := bits.Add(uint(x), uint(y), uint(c))
				d2, bo2 := bits.Sub(uint(x), uint(y), uint(c))
				s3, co3 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d3, bo3 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				fmt.Println(x, y, c, s, co, d, bo, s2, co2, d2, bo2, s3, co3, d3, bo3)
			}
			hi, lo := bits.Mul64(x, y)
			hi2, lo2 := bits.Mul(uint(x), uint(y))
			hi3, lo3 := bits.Mul32(uint32(x), uint32(y))
			fmt.Println("mul", x, y, hi, lo, hi2, lo2, hi3, lo3)
			if y != 0 {
				fmt.Println("rem", x, y, bits.Rem64(x, y, y), bits.Rem(uint(x), uint(y), uint(y)), bits.Rem32(uint32(x), uint32(y), uint32(y)|1))
				if x < y {
					q, r := bits.Div64(x, 12345, y)
					q2, r2 := bits.Div(uint(x), 99, uint(y))
					fmt.Println("div", x, y, q, r, q2, r2)
				}
				if uint32(x) < uint32(y) {
					q, r := bits.Div32(uint32(x), 777, uint32(y))
					fmt.Println("div32", x, y, q, r)
				}
			}
		}
	}
	// Carries of undefined size still give gc's results.
	fmt.Println(bits.Add32(7, 9, 5))
	fmt.Println(bits.Sub32(7, 9, 5))

	try("Div64 by zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 by zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(9, 1, 3) })
	try("Div by zero", func() { bits.Div(1, 1, 0) })
	try("Div overflow", func() { bits.Div(1, 1, 1) })
	try("Rem64 by zero", func() { bits.Rem64(1, 1, 0) })
	try("Rem32 by zero", func() { bits.Rem32(1, 1, 0) })
	try("Rem by zero", func() { bits.Rem(0, 0, 0) })
	fmt.Println(bits.Rem64(100, 7, 3), bits.Rem32(100, 7, 3))
	bits.Div64(2, 0, 1)
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name, ":", r, ok, err)
	}()
	f()
}
