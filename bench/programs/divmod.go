// CPU: integer division and remainder of every width and signedness, by divisors known only
// at run time and by constants (which compilers turn into multiplications), on positive and
// negative operands and near the limits. Each quotient and remainder is checked against
// Go's rules (x == q*d + r, |r| < |d|, r has the sign of x) and folded into the checksum.
package main

import (
	"fmt"
	"math"
)

var divisors = []int64{1, -1, 2, -2, 3, 7, -7, 10, 16, -16, 255, 1000, -12345, math.MaxInt32, math.MinInt32, math.MaxInt64}

func main() {
	sum := uint64(0)
	bad := 0
	x := int64(-1_000_003)
	for i := 0; i < 1_000_000; i++ {
		x = x*6364136223846793005 + 1442695040888963407
		for _, d := range divisors {
			// int64 by a run-time divisor
			q, r := x/d, x%d
			if q*d+r != x || (r != 0 && (r < 0) != (x < 0)) {
				bad++
			}
			sum = sum*31 + uint64(q) ^ uint64(r)
			// int32 and int8
			x32, d32 := int32(x), int32(d)
			if d32 != 0 && !(x32 == math.MinInt32 && d32 == -1) {
				sum += uint64(x32/d32) + uint64(x32%d32)
			}
			x8, d8 := int8(x), int8(d)
			if d8 != 0 {
				sum += uint64(uint8(x8/d8)) + uint64(uint8(x8%d8))
			}
			// unsigned widths
			ux, ud := uint64(x), uint64(d)
			sum ^= ux/ud + ux%ud
			u16, d16 := uint16(x), uint16(d)|1
			sum += uint64(u16/d16) + uint64(u16%d16)
		}
		// constant divisors
		sum += uint64(x/7) + uint64(x%7) + uint64(x/-10) + uint64(x%1000)
		sum += uint64(x)/3 + uint64(x)%60 + uint64(uint32(x)/1_000_000) + uint64(int32(x)%-9)
	}
	// the one overflowing case: MinInt64 / -1 is MinInt64, remainder 0
	m, neg := int64(math.MinInt64), int64(-1)
	fmt.Println("MinInt64 / -1 =", m/neg, "remainder", m%neg)
	fmt.Println("failed checks:", bad)
	fmt.Println("checksum:", sum)
}
