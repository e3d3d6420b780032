// runtime.SetFinalizer: a finalizer runs (on the finalizer goroutine) some time after its object
// becomes unreachable, so the program collects until every expected finalizer has reported
// on a channel, then prints what ran in a fixed order. Also: SetFinalizer(x, nil) clears a
// finalizer, an object still referenced from a global is never finalized, runtime.KeepAlive
// keeps an object reachable up to the call, and a chain of finalized objects is finalized
// in order (the one pointed to only after the one pointing to it).
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type resource struct {
	id   int
	next *resource
	data [8]int
}

var finalized = make(chan int, 100)

func finalize(r *resource) { finalized <- r.id }

var global *resource

// collectUntil runs collections until want ids have arrived or two seconds have passed, and
// returns the ids in arrival order.
func collectUntil(want int) []int {
	var got []int
	deadline := time.Now().Add(2 * time.Second)
	for len(got) < want && time.Now().Before(deadline) {
		runtime.GC()
		select {
		case id := <-finalized:
			got = append(got, id)
		case <-time.After(5 * time.Millisecond):
		}
	}
	return got
}

// quiet runs a few more collections and returns any id that still arrives.
func quiet() []int {
	var extra []int
	for i := 0; i < 5; i++ {
		runtime.GC()
		select {
		case id := <-finalized:
			extra = append(extra, id)
		case <-time.After(5 * time.Millisecond):
		}
	}
	return extra
}

func makeGarbage() {
	for i := 1; i <= 10; i++ {
		r := &resource{id: i}
		runtime.SetFinalizer(r, finalize)
	}
	// Finalizers set and then cleared: these must never run.
	for i := 101; i <= 105; i++ {
		r := &resource{id: i}
		runtime.SetFinalizer(r, finalize)
		runtime.SetFinalizer(r, nil)
	}
	// Kept alive by a global: never finalized while the global holds it.
	global = &resource{id: 200}
	runtime.SetFinalizer(global, finalize)
}

func makeChain() {
	c := &resource{id: 303}
	b := &resource{id: 302, next: c}
	a := &resource{id: 301, next: b}
	runtime.SetFinalizer(c, finalize)
	runtime.SetFinalizer(b, finalize)
	runtime.SetFinalizer(a, finalize)
}

func main() {
	makeGarbage()
	ids := collectUntil(10)
	sort.Ints(ids)
	fmt.Println("finalized:", len(ids), ids)
	fmt.Println("cleared or still referenced, finalized later:", quiet())
	fmt.Println("global still usable:", global.id)

	makeChain()
	fmt.Println("chain finalized in order:", collectUntil(3))

	r := &resource{id: 400}
	runtime.SetFinalizer(r, finalize)
	runtime.GC()
	runtime.GC()
	early := len(finalized)
	runtime.KeepAlive(r)
	fmt.Println("finalized while kept alive:", early)
	fmt.Println("after KeepAlive:", collectUntil(1))

	global = nil
	fmt.Println("global dropped:", collectUntil(1))
}
