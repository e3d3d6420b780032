// From seeds/004_e479aab8bbb1a1cf.txt (调整GC参数): debug.SetGCPercent and runtime.GC wrapped in main.
// Prints nothing, exits 0.
package main

import (
	"runtime"
	"runtime/debug"
)

func main() {
	// 调整GC触发比例
	debug.SetGCPercent(50) // 默认100，内存增长50%时触发GC

	// 手动触发GC（谨慎使用）
	runtime.GC() // 强制垃圾回收
}
