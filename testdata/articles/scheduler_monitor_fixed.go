// From seeds/004_e479aab8bbb1a1cf.txt (示例2：监控GPM调度状态) with the smallest edit that compiles: the
// unused `var numCgoCall int64` line is deleted (see scheduler_monitor.go for the verbatim
// program). One more edit makes the output deterministic: main sleeps 12 s instead of 15 s. In the
// original, the monitor's third tick (at 15 s) coincides with the end of main's sleep, so whether
// a third status block prints is a race (Go usually loses it because printStats runs runtime.GC()
// first; minigo printed it). Runs ~12 s: 100 goroutines print `Goroutine N finished` after 2 s in
// any order, the monitor prints status blocks at 5 s and 10 s. Lines are compared sorted with
// numbers normalised.
// golden: sort-lines
// golden: normalize-numbers
// golden: slow
// golden: timeout=60s
package main

import (
    "fmt"
    "runtime"
    "time"
)

// 调度器监控器
type SchedulerMonitor struct {
    interval time.Duration
    stopChan chan struct{}
}

func NewSchedulerMonitor(interval time.Duration) *SchedulerMonitor {
    return &SchedulerMonitor{
        interval: interval,
        stopChan: make(chan struct{}),
    }
}

func (m *SchedulerMonitor) Start() {
    ticker := time.NewTicker(m.interval)
    go func() {
        for {
            select {
            case <-ticker.C:
                m.printStats()
            case <-m.stopChan:
                ticker.Stop()
                return
            }
        }
    }()
}

func (m *SchedulerMonitor) Stop() {
    close(m.stopChan)
}

func (m *SchedulerMonitor) printStats() {
    // 获取调度统计信息
    stats := &runtime.MemStats{}
    runtime.ReadMemStats(stats)

    // 获取Goroutine数量
    numGoroutine := runtime.NumGoroutine()

    // 获取CPU信息
    numCPU := runtime.NumCPU()

    // 获取Cgo调用次数
    runtime.GC() // 触发GC清理

    fmt.Printf("=== 调度器状态 ===\n")
    fmt.Printf("Goroutine数量: %d\n", numGoroutine)
    fmt.Printf("CPU核心数: %d\n", numCPU)
    fmt.Printf("内存分配: %d MB\n", stats.Alloc/1024/1024)
    fmt.Printf("GC次数: %d\n", stats.NumGC)
    fmt.Printf("GC暂停时间: %d ns\n", stats.PauseTotalNs)
    fmt.Printf("==================\n\n")
}

func main() {
    monitor := NewSchedulerMonitor(5 * time.Second)
    monitor.Start()
    defer monitor.Stop()

    // 模拟大量Goroutine
    for i := 0; i < 100; i++ {
        go func(id int) {
            time.Sleep(2 * time.Second)
            fmt.Printf("Goroutine %d finished\n", id)
        }(i)
    }

    time.Sleep(12 * time.Second)
}
