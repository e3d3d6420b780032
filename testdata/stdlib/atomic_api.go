// sync/atomic: every function and type on one goroutine (wrap-around, And/Or results,
// CompareAndSwap failures) and atomic.Value's panics.
package main

import (
	"fmt"
	"sync/atomic"
)

type point struct{ x, y int }

func main() {
	var i32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&i32, 1), atomic.LoadInt32(&i32), atomic.SwapInt32(&i32, 5), atomic.CompareAndSwapInt32(&i32, 4, 6), atomic.CompareAndSwapInt32(&i32, 5, 6), i32)
	fmt.Println(atomic.AndInt32(&i32, 3), atomic.OrInt32(&i32, 8), i32)
	atomic.StoreInt32(&i32, -1)
	fmt.Println(i32)
	var i64 int64 = -9223372036854775808
	fmt.Println(atomic.AddInt64(&i64, -1), atomic.LoadInt64(&i64), atomic.SwapInt64(&i64, 7), atomic.CompareAndSwapInt64(&i64, 7, 9), i64)
	fmt.Println(atomic.AndInt64(&i64, 12), atomic.OrInt64(&i64, 6), i64)
	atomic.StoreInt64(&i64, 1<<40)
	fmt.Println(i64)
	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, 2), atomic.LoadUint32(&u32), atomic.SwapUint32(&u32, 10), atomic.CompareAndSwapUint32(&u32, 10, 12), u32)
	fmt.Println(atomic.AndUint32(&u32, 4), atomic.OrUint32(&u32, 1), u32)
	atomic.StoreUint32(&u32, 4000000000)
	fmt.Println(u32)
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.LoadUint64(&u64), atomic.SwapUint64(&u64, 3), atomic.CompareAndSwapUint64(&u64, 2, 1), u64)
	fmt.Println(atomic.AndUint64(&u64, 2), atomic.OrUint64(&u64, 16), u64)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(u64)
	var up uintptr
	fmt.Println(atomic.AddUintptr(&up, 5), atomic.LoadUintptr(&up), atomic.SwapUintptr(&up, 9), atomic.CompareAndSwapUintptr(&up, 9, 1), atomic.AndUintptr(&up, 3), atomic.OrUintptr(&up, 2), up)
	atomic.StoreUintptr(&up, 77)
	fmt.Println(up)

	var a32 atomic.Int32
	var a64 atomic.Int64
	var b32 atomic.Uint32
	var b64 atomic.Uint64
	var bp atomic.Uintptr
	fmt.Println(a32.Add(-3), a32.Swap(4), a32.CompareAndSwap(3, 1), a32.CompareAndSwap(4, 1), a32.And(3), a32.Or(6), a32.Load())
	a32.Store(99)
	fmt.Println(a32.Load())
	fmt.Println(a64.Add(1<<62), a64.Add(1<<62), a64.Swap(4), a64.CompareAndSwap(4, 1), a64.And(3), a64.Or(6), a64.Load())
	a64.Store(-5)
	fmt.Println(a64.Load())
	fmt.Println(b32.Add(^uint32(0)), b32.Swap(4), b32.CompareAndSwap(4, 1), b32.And(3), b32.Or(6), b32.Load())
	b32.Store(8)
	fmt.Println(b32.Load())
	fmt.Println(b64.Add(^uint64(1)), b64.Swap(4), b64.CompareAndSwap(3, 1), b64.And(6), b64.Or(1), b64.Load())
	b64.Store(8)
	fmt.Println(b64.Load())
	fmt.Println(bp.Add(3), bp.Swap(4), bp.CompareAndSwap(4, 1), bp.And(3), bp.Or(6), bp.Load())
	bp.Store(2)
	fmt.Println(bp.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(true, false), flag.CompareAndSwap(false, true), flag.Swap(true), flag.Load())
	flag.Store(false)
	fmt.Println(flag.Load())

	var v atomic.Value
	fmt.Println(v.Load(), v.CompareAndSwap(nil, point{1, 2}), v.Load())
	fmt.Println(v.CompareAndSwap(point{9, 9}, point{3, 4}), v.CompareAndSwap(point{1, 2}, point{3, 4}), v.Load())
	fmt.Println(v.Swap(point{5, 6}), v.Load())
	var w atomic.Value
	fmt.Println(w.Swap(1), w.Swap(2), w.Load())
	try(func() { v.Store(nil) })
	try(func() { v.Store("text") })
	try(func() { v.Swap(nil) })
	try(func() { v.Swap(1.5) })
	try(func() { v.CompareAndSwap(point{}, nil) })
	try(func() { v.CompareAndSwap(1, point{}) })
	try(func() { v.CompareAndSwap(point{}, 1) })
	try(func() { v.CompareAndSwap([]int{1}, []int{2}) })
	var fresh atomic.Value
	try(func() { fresh.CompareAndSwap([]int{1}, []int{2}) })
	fmt.Println(fresh.Load())
	try(func() { var p *int32; atomic.AddInt32(p, 1) })
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
