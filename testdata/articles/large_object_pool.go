// From seeds/004_e479aab8bbb1a1cf.txt (示例4：对象池设计), verbatim. Real Go rejects it at compile time:
// `declared and not used: obj` and `undefined: runtime`. large_object_pool_fixed.go is the
// smallest edit that compiles.
// golden: compile-error
package main

import (
    "fmt"
    "sync"
    "time"
)

// 大对象结构体
type LargeObject struct {
    data [1024 * 1024]byte // 1MB数据
    id   int
}

func NewLargeObject(id int) *LargeObject {
    return &LargeObject{
        id: id,
    }
}

// 对象池
type ObjectPool struct {
    pool sync.Pool
}

func NewObjectPool() *ObjectPool {
    return &ObjectPool{
        pool: sync.Pool{
            New: func() interface{} {
                return NewLargeObject(0)
            },
        },
    }
}

func (p *ObjectPool) Get() *LargeObject {
    return p.pool.Get().(*LargeObject)
}

func (p *ObjectPool) Put(obj *LargeObject) {
    // 重置对象状态
    obj.id = 0
    p.pool.Put(obj)
}

func main() {
    pool := NewObjectPool()

    start := time.Now()

    // 使用对象池
    for i := 0; i < 1000; i++ {
        obj := pool.Get()
        obj.id = i

        // 模拟处理
        time.Sleep(1 * time.Millisecond)

        pool.Put(obj)
    }

    poolTime := time.Since(start)

    // 不使用对象池
    start = time.Now()
    for i := 0; i < 1000; i++ {
        obj := NewLargeObject(i)

        // 模拟处理
        time.Sleep(1 * time.Millisecond)

        // 对象会被GC回收
    }

    noPoolTime := time.Since(start)

    fmt.Printf("使用对象池耗时: %v\n", poolTime)
    fmt.Printf("不使用对象池耗时: %v\n", noPoolTime)

    // 获取GC信息
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    fmt.Printf("GC次数: %d\n", m.NumGC)
}
