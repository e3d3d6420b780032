package main

import (
	"container/heap"
	"fmt"
)

// IntHeap is a min-heap of ints.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// item has a priority that ties with others; the name shows which of the tied ones wins.
type item struct {
	name     string
	priority int
	index    int
}

type PQ []*item

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority < pq[j].priority }
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func (pq PQ) names() string {
	s := ""
	for _, it := range pq {
		s += fmt.Sprintf("%s%d ", it.name, it.priority)
	}
	return s
}

// traced logs every Less and Swap call.
type traced struct{ IntHeap }

var log []string

func (t traced) Less(i, j int) bool {
	log = append(log, fmt.Sprintf("L%d,%d", i, j))
	return t.IntHeap.Less(i, j)
}
func (t traced) Swap(i, j int) {
	log = append(log, fmt.Sprintf("S%d,%d", i, j))
	t.IntHeap.Swap(i, j)
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7, 3, 2}
	heap.Init(h)
	fmt.Println("init:", *h)
	heap.Push(h, 0)
	heap.Push(h, 4)
	fmt.Println("pushed:", *h)
	fmt.Println("removed index 3:", heap.Remove(h, 3), *h)
	(*h)[2] = 10
	heap.Fix(h, 2)
	fmt.Println("fixed:", *h)
	(*h)[5] = -1
	heap.Fix(h, 5)
	fmt.Println("fixed up:", *h)
	fmt.Println("remove last:", heap.Remove(h, h.Len()-1), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	// Ties: the order equal priorities come out in is the algorithm's.
	pq := PQ{}
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}
	prios := []int{3, 1, 3, 2, 1, 3, 2, 1, 2, 3, 1, 2}
	for i, n := range names {
		heap.Push(&pq, &item{name: n, priority: prios[i]})
	}
	fmt.Println("pq:", pq.names())
	byName := map[string]*item{}
	for _, it := range pq {
		byName[it.name] = it
	}
	byName["c"].priority = 0
	heap.Fix(&pq, byName["c"].index)
	fmt.Println("c fixed:", pq.names())
	heap.Remove(&pq, byName["g"].index)
	fmt.Println("g removed:", pq.names(), byName["g"].index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*item)
		fmt.Print(it.name, it.priority, " ")
	}
	fmt.Println()

	pq2 := PQ{}
	for i, n := range names {
		pq2 = append(pq2, &item{name: n, priority: prios[i] % 2, index: i})
	}
	heap.Init(&pq2)
	fmt.Println("init ties:", pq2.names())
	for pq2.Len() > 0 {
		it := heap.Pop(&pq2).(*item)
		fmt.Print(it.name, it.priority, " ")
	}
	fmt.Println()

	// The exact sequence of calls.
	t := &tracedHeap{traced{IntHeap{4, 4, 1, 4, 1, 2}}}
	steps := []func(){
		func() { heap.Init(t) },
		func() { heap.Push(t, 1) },
		func() { heap.Pop(t) },
		func() { heap.Remove(t, 1) },
		func() { heap.Fix(t, 0) },
	}
	for _, step := range steps {
		log = nil
		step()
		fmt.Println(log, t.IntHeap)
	}

	empty := &IntHeap{}
	heap.Init(empty)
	heap.Push(empty, 7)
	fmt.Println(heap.Pop(empty), empty.Len())
}

type tracedHeap struct{ traced }

func (t *tracedHeap) Push(x any) { t.IntHeap = append(t.IntHeap, x.(int)) }
func (t *tracedHeap) Pop() any {
	n := len(t.IntHeap)
	x := t.IntHeap[n-1]
	t.IntHeap = t.IntHeap[:n-1]
	return x
}
