// From seeds/004_e479aab8bbb1a1cf.txt (示例3：内存池优化), verbatim. Real Go rejects it at compile time:
// `"time" imported and not used`. buffer_pool_fixed.go is the smallest edit that compiles.
// golden: compile-error
package main

import (
    "bytes"
    "fmt"
    "runtime"
    "sync"
    "time"
)

// 字节缓冲池
var bufferPool = sync.Pool{
    New: func() interface{} {
        return bytes.NewBuffer(make([]byte, 0, 1024))
    },
}

// 获取缓冲区
func getBuffer() *bytes.Buffer {
    return bufferPool.Get().(*bytes.Buffer)
}

// 归还缓冲区
func putBuffer(buf *bytes.Buffer) {
    buf.Reset()
    bufferPool.Put(buf)
}

// 使用缓冲池处理数据
func processData(data []byte) {
    buf := getBuffer()
    defer putBuffer(buf)

    buf.Write(data)
    buf.WriteString(" processed")

    fmt.Println(buf.String())
}

func main() {
    // 模拟处理大量数据
    data := []byte("Hello World")

    for i := 0; i < 10000; i++ {
        processData(data)

        if i%1000 == 0 {
            runtime.GC()
            var m runtime.MemStats
            runtime.ReadMemStats(&m)
            fmt.Printf("Iteration %d: Alloc = %d KB\n", i, m.Alloc/1024)
        }
    }
}
