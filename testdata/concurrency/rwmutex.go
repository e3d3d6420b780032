// RWMutex: many readers at once, writers exclusive; a waiting writer blocks new readers.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var rw sync.RWMutex
	var readers, maxReaders atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			n := readers.Add(1)
			for {
				m := maxReaders.Load()
				if n <= m || maxReaders.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond)
			readers.Add(-1)
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers overlapped:", maxReaders.Load() > 1)

	// Writers exclude everyone: the data stays consistent.
	data := map[int]int{}
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			rw.Lock()
			data[i] = i * i
			rw.Unlock()
		}()
		go func() {
			defer wg.Done()
			rw.RLock()
			_ = len(data)
			rw.RUnlock()
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range data {
		sum += v
	}
	fmt.Println(len(data), sum)

	// A writer waiting for the lock blocks new readers (no writer starvation).
	rw.RLock()
	writerDone := make(chan bool)
	go func() {
		rw.Lock()
		rw.Unlock()
		writerDone <- true
	}()
	time.Sleep(100 * time.Millisecond) // let the writer queue up behind our read lock
	fmt.Println("new reader admitted while a writer waits:", rw.TryRLock())
	rw.RUnlock()
	<-writerDone
	fmt.Println("reader admitted after the writer:", rw.TryRLock())
	rw.RUnlock()

	// RLocker returns a Locker view of the read lock.
	l := rw.RLocker()
	l.Lock()
	fmt.Println("TryLock while RLocker held:", rw.TryLock())
	l.Unlock()
}
