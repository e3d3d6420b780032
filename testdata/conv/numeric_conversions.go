// Numeric conversions: float -> int truncates toward zero, int -> float, float32 rounding.
package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e10, 3.0000001}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ")
	}
	fmt.Println()
	fmt.Println(float64(7)/2, float64(1<<53+1), int64(float64(1<<53+1)))
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32))
	x := 0.1
	fmt.Println(float32(x), float64(float32(x)))
	u := uint8(200)
	fmt.Println(float64(u), int(u)*2)
	var i8 int8 = -5
	fmt.Println(uint8(i8), uint16(i8), uint32(i8), uint64(i8))
	all := uint8(255)
	fmt.Println(int(all), int8(all))
	ff := 255.9
	fmt.Println(uint8(ff))
}
