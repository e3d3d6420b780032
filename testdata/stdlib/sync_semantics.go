// sync: WaitGroup's negative-counter panic and Go, Once after a panic, OnceFunc re-panicking,
// RWMutex writer preference (a pending writer stops new readers), the Try* methods, Cond
// wake-up order, and sync.Map's compare-and-swap family.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("waited on zero")
	try(func() { wg.Done() })
	var wg3 sync.WaitGroup
	try(func() { wg3.Add(-1) })
	var wg2 sync.WaitGroup
	results := make([]int, 5)
	for i := range results {
		wg2.Go(func() { results[i] = i * i })
	}
	wg2.Wait()
	fmt.Println(results)

	var once sync.Once
	try(func() { once.Do(func() { panic("first") }) })
	once.Do(func() { fmt.Println("never runs") })
	fmt.Println("once done")
	calls := 0
	f := sync.OnceFunc(func() { calls++; panic(fmt.Sprint("boom ", calls)) })
	try(f)
	try(f)
	fmt.Println("calls", calls)
	g := sync.OnceFunc(func() { calls++ })
	g()
	g()
	fmt.Println("calls", calls)

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("try write while read-locked:", rw.TryLock(), "try read:", rw.TryRLock())
	rw.RUnlock()
	order := make(chan string, 10)
	go func() {
		rw.Lock() // waits for the remaining reader
		order <- "writer in"
		time.Sleep(20 * time.Millisecond)
		order <- "writer out"
		rw.Unlock()
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("try read with a writer pending:", rw.TryRLock())
	go func() {
		rw.RLock() // queues behind the pending writer
		order <- "late reader in"
		rw.RUnlock()
	}()
	time.Sleep(20 * time.Millisecond)
	order <- "first reader out"
	rw.RUnlock()
	for i := 0; i < 4; i++ {
		fmt.Println(<-order)
	}
	rw.Lock()
	fmt.Println("try read while write-locked:", rw.TryRLock(), "try write:", rw.TryLock())
	rw.Unlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println("two read locks via RLocker, try write:", rw.TryLock())
	l.Unlock()
	l.Unlock()

	c := sync.NewCond(&mu)
	woken := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			c.Wait()
			mu.Unlock()
			woken <- i
		}()
		time.Sleep(10 * time.Millisecond)
	}
	c.Signal()
	fmt.Println("signalled", <-woken)
	c.Broadcast()
	a, b := <-woken, <-woken
	fmt.Println("broadcast woke", min(a, b), max(a, b))

	var m sync.Map
	m.Store("a", 1)
	v, loaded := m.LoadOrStore("a", 2)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("b", 3)
	fmt.Println(v, loaded)
	fmt.Println(m.CompareAndSwap("a", 9, 10), m.CompareAndSwap("a", 1, 10), m.CompareAndSwap("zz", nil, 1))
	fmt.Println(m.CompareAndDelete("b", 4), m.CompareAndDelete("b", 3))
	prev, loaded := m.Swap("c", 5)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("c", 6)
	fmt.Println(prev, loaded)
	v, loaded = m.LoadAndDelete("c")
	fmt.Println(v, loaded)
	v, ok := m.Load("c")
	fmt.Println(v, ok)
	m.Store("d", 4)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, fmt.Sprint(k, "=", v)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
	m.Clear()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)
	try(func() { m.CompareAndSwap("x", []int{1}, 2) })
	m.Store("s", []int{1})
	try(func() { m.CompareAndSwap("s", []int{1}, 2) })

	p := sync.Pool{New: func() any { return "fresh" }}
	fmt.Println(p.Get())
	p.Put("used")
	got := p.Get()
	fmt.Println(got == "used" || got == "fresh")
	var empty sync.Pool
	fmt.Println(empty.Get())
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
