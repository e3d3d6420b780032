// Integer operators with a constant right operand, of every width and signedness: the
// results wrap to the operand's size, division truncates toward zero, the remainder has
// the dividend's sign, and comparisons with negative or large constants order as Go does.
package main

import (
	"fmt"
	"math"
)

func main() {
	i8s := []int8{-128, -7, -1, 0, 1, 7, 127}
	for _, x := range i8s {
		fmt.Println("int8", x, x*3, x*-1, x/-1, x/3, x%3, x%-3, x&-4, x == -128, x != 7, x < -1, x <= 0, x > 1, x >= 127)
	}
	u8s := []uint8{0, 1, 200, 255}
	for _, x := range u8s {
		fmt.Println("uint8", x, x*3, x/7, x%7, x&0xF0, x == 255, x != 0, x < 200, x <= 200, x > 1, x >= 255)
	}
	i32s := []int32{math.MinInt32, -100000, -1, 0, 65536, math.MaxInt32}
	for _, x := range i32s {
		fmt.Println("int32", x, x*65536, x/-1, x/1000, x%1000, x%-7, x&-65536, x == math.MinInt32, x < -100000, x >= 65536)
	}
	i64s := []int64{math.MinInt64, -1 << 40, -9, 0, 9, math.MaxInt64}
	for _, x := range i64s {
		fmt.Println("int64", x, x*2147483647, x*-2147483648, x/-1, x%-1, x/2147483647, x%10, x&0x7fffffff, x > -2147483648, x <= 2147483647)
	}
	u64s := []uint64{0, 3, 1 << 63, math.MaxUint64}
	for _, x := range u64s {
		fmt.Println("uint64", x, x*7, x/10, x%10, x&255, x == 3, x != 0, x < 4, x > 2, x >= 1<<63)
	}
	n := 0
	for i := 10; i > 0; i-- {
		if i%3 == 0 || i >= 9 {
			n += i
		}
		if i > 5 && i <= 7 {
			n *= 2
		}
	}
	fmt.Println("loop", n)
}
