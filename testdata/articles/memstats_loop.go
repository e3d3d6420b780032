// From seeds/004_e479aab8bbb1a1cf.txt (内存分析: 使用runtime包监控内存使用), verbatim: ten blocks of MemStats
// figures, one per second (~10 s). The figures depend on the allocator: numbers are normalised.
// golden: normalize-numbers
// golden: slow
// golden: timeout=30s
package main

import (
    "fmt"
    "runtime"
    "time"
)

func main() {
    // 定期打印内存使用情况
    for i := 0; i < 10; i++ {
        var m runtime.MemStats
        runtime.ReadMemStats(&m)

        fmt.Printf("Alloc: %d MB\n", m.Alloc/1024/1024)
        fmt.Printf("TotalAlloc: %d MB\n", m.TotalAlloc/1024/1024)
        fmt.Printf("Sys: %d MB\n", m.Sys/1024/1024)
        fmt.Printf("NumGC: %d\n", m.NumGC)
        fmt.Println("----")

        time.Sleep(1 * time.Second)
    }
}
