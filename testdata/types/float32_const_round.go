package main

// Constants converted to float32 round once, from the exact value, to the nearest float32
// (ties to even): rounding to float64 first can land on the other neighbour.

import (
	"fmt"
	"math"
)

const (
	max32 = math.MaxFloat32
	ulp32 = 1 << (127 - 23)            // the float32 ulp at the top of the range
	tiny  = 1.0 / (1 << 64) / (1 << 64) // far below a float64 ulp of max32
)

func show(label string, f float32) {
	fmt.Printf("%-28s %v %#08x\n", label, f, math.Float32bits(f))
}

func main() {
	// Just above the halfway point between the two largest float32s: rounds up to the max.
	show("max-ulp/2+tiny", max32-ulp32/2+ulp32*tiny)
	show("max-ulp/2+1", max32-ulp32/2+1)
	show("-(max-ulp/2+1)", -(max32 - ulp32/2 + 1))
	// Exactly halfway: ties to even (the max's mantissa is odd, its neighbour's even).
	show("max-ulp/2", max32-ulp32/2)
	show("max-ulp/2-1", max32-ulp32/2-1)
	// Halfway between 1 and its successor, nudged either way, and the tie.
	show("1+2^-24", 1+1.0/(1<<24))
	show("1+2^-24+tiny", 1+1.0/(1<<24)+tiny)
	show("1+2^-24-tiny", 1+1.0/(1<<24)-tiny)
	show("1+3*2^-24", 1+3.0/(1<<24))
	// Subnormals: the smallest, and values halfway between subnormals.
	show("2^-149", 1.0/(1<<64)/(1<<64)/(1<<21))
	show("1.5*2^-149", 1.5/(1<<64)/(1<<64)/(1<<21))
	show("2.5*2^-149+tiny", (2.5+tiny)/(1<<64)/(1<<64)/(1<<21))
	show("0.1", 0.1)
	show("1/3", 1.0/3)
	var x float64 = max32 - ulp32/2 + 1
	fmt.Println("float64:", x, float32(x))
	fmt.Println(float32(16777217), float32(16777219), float32(1e38/3))
}
