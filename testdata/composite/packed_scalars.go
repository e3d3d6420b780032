// Slices and arrays of booleans, integers and floats of every width: minigo packs them at
// their Go size (vm/src/packed.rs). Each kind must keep Go's wraparound, sign extension and
// float32 rounding, and every slice operation must work on packed and unpacked arrays alike.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type celsius float32

func kinds() {
	i8 := make([]int8, 3)
	i8[0] = 127
	i8[0]++
	i8[1] = -1
	u8 := []byte("hi")
	u8 = append(u8, 255)
	u8[2]++
	i16 := make([]int16, 2)
	i16[0] = -32768
	i16[0]--
	u16 := make([]uint16, 1)
	u16[0]--
	i32 := []rune("héllo")
	u32 := make([]uint32, 2)
	u32[1] = 1 << 31
	u32[1] *= 2
	f32 := make([]float32, 2)
	f32[0] = 0.1
	f64 := make([]float64, 2)
	f64[0] = 0.1
	c := make([]celsius, 1)
	c[0] = 36.6
	var bools [4]bool
	bools[2] = true
	var u64 [2]uint64
	u64[0] = 1<<64 - 1
	fmt.Println(i8, u8, i16, u16, i32, u32)
	fmt.Println(f32[0], float64(f32[0]), f64[0], c[0], bools, u64)
	fmt.Println(string(u8[:2]), string(i32))
}

func operations() {
	s := make([]int32, 0, 2)
	for i := int32(0); i < 10; i++ {
		s = append(s, i*i-20)
	}
	fmt.Println(s, len(s), cap(s))
	copy(s[2:], s) // overlapping, forwards
	fmt.Println(s)
	copy(s, s[3:]) // overlapping, backwards
	fmt.Println(s)
	b := make([]byte, 5)
	fmt.Println(copy(b, "golang"), string(b))
	sort.Slice(s, func(i, j int) bool { return s[i] > s[j] })
	fmt.Println(s)
	arr := [5]uint8{1, 2, 3}
	t := arr[1:4]
	t[0] = 200
	arr2 := arr // a copy
	arr2[0] = 9
	fmt.Println(arr, arr2, t, arr == arr2, [2]int16{1, 2} == [2]int16{1, 2})
	clear(t)
	fmt.Println(arr)
	m := map[[3]int8]string{{1, 2, 3}: "a"}
	fmt.Println(m[[3]int8{1, 2, 3}])
	grid := make([][]float64, 3)
	for i := range grid {
		grid[i] = make([]float64, 3)
		grid[i][i] = float64(i) + 0.5
	}
	fmt.Println(grid)
	p := &arr[4]
	*p = 77
	fmt.Println(arr[4], *p)
}

func atomics() {
	counts := make([]int64, 4)
	flags := make([]uint32, 4)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&counts[i%4], 1)
			}
			atomic.CompareAndSwapUint32(&flags[g%4], 0, uint32(g))
		}(g)
	}
	wg.Wait()
	fmt.Println(counts, flags[0] < 8, atomic.LoadInt64(&counts[3]))
}

func main() {
	kinds()
	operations()
	atomics()
}
