// From seeds/004_e479aab8bbb1a1cf.txt (示例1：Goroutine池设计), verbatim: 10 workers run 10,000 tasks of
// 10 ms each (~10 s in Go). Every task prints `Task N completed` in a scheduling-dependent order:
// lines are compared sorted.
// golden: sort-lines
// golden: slow
// golden: timeout=60s
package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

// Goroutine池实现
type WorkerPool struct {
    workerCount int
    taskQueue   chan func()
    wg          sync.WaitGroup
}

func NewWorkerPool(workerCount int, queueSize int) *WorkerPool {
    pool := &WorkerPool{
        workerCount: workerCount,
        taskQueue:   make(chan func(), queueSize),
    }

    // 启动worker
    for i := 0; i < workerCount; i++ {
        pool.wg.Add(1)
        go pool.worker()
    }

    return pool
}

func (p *WorkerPool) worker() {
    defer p.wg.Done()

    for task := range p.taskQueue {
        task()
    }
}

func (p *WorkerPool) Submit(task func()) {
    p.taskQueue <- task
}

func (p *WorkerPool) Shutdown() {
    close(p.taskQueue)
    p.wg.Wait()
}

// 使用示例
func main() {
    runtime.GOMAXPROCS(runtime.NumCPU())

    pool := NewWorkerPool(10, 1000)

    // 提交任务
    for i := 0; i < 10000; i++ {
        taskID := i
        pool.Submit(func() {
            time.Sleep(10 * time.Millisecond)
            fmt.Printf("Task %d completed\n", taskID)
        })
    }

    pool.Shutdown()
}
