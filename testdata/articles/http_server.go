// From seeds/004_e479aab8bbb1a1cf.txt (示例5：高性能HTTP服务器), verbatim. Go compiles and runs it (a
// server on :8080 and 1,000 requests against it), but minigo has no net/http: minigo must reject
// it at compile time with a clear message naming the package. There is no Go golden for that, so
// .err and .code (1) are HAND-WRITTEN -- the one place in testdata where that is allowed.
// golden: minigo-only
package main

import (
    "fmt"
    "net/http"
    "runtime"
    "sync"
    "time"
)

// 请求处理器
type RequestHandler struct {
    workerPool *WorkerPool
    bufferPool *BufferPool
}

type WorkerPool struct {
    tasks chan func()
    wg    sync.WaitGroup
}

type BufferPool struct {
    pool sync.Pool
}

func NewWorkerPool(size int) *WorkerPool {
    pool := &WorkerPool{
        tasks: make(chan func(), size*10),
    }

    for i := 0; i < size; i++ {
        pool.wg.Add(1)
        go pool.worker()
    }

    return pool
}

func (p *WorkerPool) worker() {
    defer p.wg.Done()
    for task := range p.tasks {
        task()
    }
}

func (p *WorkerPool) Submit(task func()) {
    p.tasks <- task
}

func NewBufferPool() *BufferPool {
    return &BufferPool{
        pool: sync.Pool{
            New: func() interface{} {
                return make([]byte, 0, 1024)
            },
        },
    }
}

func (p *BufferPool) Get() []byte {
    return p.pool.Get().([]byte)
}

func (p *BufferPool) Put(buf []byte) {
    if cap(buf) <= 4096 {
        p.pool.Put(buf[:0])
    }
}

func NewRequestHandler() *RequestHandler {
    return &RequestHandler{
        workerPool: NewWorkerPool(runtime.NumCPU()),
        bufferPool: NewBufferPool(),
    }
}

func (h *RequestHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
    // 在worker池中处理请求
    h.workerPool.Submit(func() {
        buf := h.bufferPool.Get()
        defer h.bufferPool.Put(buf)

        // 模拟处理请求
        buf = append(buf, "Hello, World!"...)

        w.Write(buf)
    })
}

func main() {
    // 设置GOMAXPROCS
    runtime.GOMAXPROCS(runtime.NumCPU())

    handler := NewRequestHandler()

    // 启动HTTP服务器
    server := &http.Server{
        Addr:    ":8080",
        Handler: handler,
    }

    // 优雅关闭
    go func() {
        fmt.Println("Server starting on :8080")
        if err := server.ListenAndServe(); err != nil {
            fmt.Printf("Server error: %v\n", err)
        }
    }()

    // 模拟请求
    time.Sleep(1 * time.Second)

    // 测试性能
    start := time.Now()
    for i := 0; i < 1000; i++ {
        resp, err := http.Get("http://localhost:8080")
        if err != nil {
            fmt.Printf("Request error: %v\n", err)
            continue
        }
        resp.Body.Close()
    }

    fmt.Printf("1000 requests took: %v\n", time.Since(start))

    // 打印内存统计
    var m runtime.MemStats
    runtime.ReadMemStats(&m)
    fmt.Printf("Memory usage: %d MB\n", m.Alloc/1024/1024)
    fmt.Printf("GC cycles: %d\n", m.NumGC)
}
