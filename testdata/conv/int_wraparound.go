// Fixed-size integers wrap around on overflow at run time, for every width.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	var i16 int16 = 32767
	i16++
	var i32 int32 = 2147483647
	i32++
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i8, i16, i32, i64)
	var u8 uint8 = 255
	u8++
	var u16 uint16 = 0
	u16--
	var u32 uint32 = 4294967295
	u32 += 2
	var u64 uint64 = 0
	u64--
	fmt.Println(u8, u16, u32, u64)
	var m8 int8 = -128
	m8--
	fmt.Println(m8, -m8)
	var min64 int64 = -9223372036854775808
	fmt.Println(-min64, min64/-1, min64*-1)
	var mul int32 = 65536
	fmt.Println(mul * mul)
	var b byte = 200
	fmt.Println(b+b, b*2, b<<1)
	x := 300
	big := 70000
	fmt.Println(int8(x), uint8(x), int16(big), uint16(big))
	var ui uint = 3
	fmt.Println(ui-5 > 0)
	var u uintptr = 1
	fmt.Println(u - 2 > 0)
}
