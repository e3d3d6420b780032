package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c = -c
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println(a, b, c, d)
	x := math.MinInt64
	y := -1
	fmt.Println(x/y, x%y, -7/2, -7%2, 7/-2, 7%-2)
	var u uint64 = math.MaxUint64
	fmt.Println(u, u/3, u%7, u>>60, int64(u))
	s := 70
	fmt.Println(1<<s, -8>>s, uint(1)<<63>>s, int32(-1)>>31, uint8(s+130)+uint8(100))
	var n int = -5
	fmt.Println(^n, n&^3, n|8, n^0xff, uint16(n))
	f := 3.9
	fmt.Println(int(f), int(-f), uint8(int(f)+254), float32(0.1), float64(float32(0.1)))
	var f32 float32 = 16777216
	fmt.Println(f32+1, min(3, 1, 2), max(2.5, 1.0), min("b", "a"))
}
