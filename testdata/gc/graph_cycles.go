// A random-looking (but seeded, so deterministic) directed graph whose nodes point at each
// other through []*gnode edge slices and at a parent through a pointer: full of cycles of
// every length. Each round builds one, searches it breadth-first, and drops it: 80 rounds
// leave about 45 MB of cyclic garbage that only a cycle collector can reclaim.
package main

import (
	"fmt"
	"runtime"
)

type gnode struct {
	id     int
	parent *gnode
	edges  []*gnode
	seen   bool
	label  [16]int
}

// lcg is a small linear congruential generator, so the graph is the same on every run.
type lcg struct{ state uint32 }

func (g *lcg) next(n int) int {
	g.state = g.state*1664525 + 1013904223
	return int(g.state>>8) % n
}

func build(n, degree int, rng *lcg) *gnode {
	nodes := make([]*gnode, n)
	for i := range nodes {
		nodes[i] = &gnode{id: i}
		nodes[i].label[i%16] = i
	}
	for i, nd := range nodes {
		if i > 0 {
			nd.parent = nodes[rng.next(i)]
			nd.parent.edges = append(nd.parent.edges, nd)
		}
		for k := 0; k < degree; k++ {
			nd.edges = append(nd.edges, nodes[rng.next(n)])
		}
	}
	// Every node also points back at the root, closing a cycle through each of them.
	for _, nd := range nodes {
		nd.edges = append(nd.edges, nodes[0])
	}
	return nodes[0]
}

// bfs visits every node reachable from root and returns how many there were, the sum of
// their ids weighted by depth, and the depth of the deepest parent chain.
func bfs(root *gnode) (count, weighted, maxChain int) {
	queue := []*gnode{root}
	root.seen = true
	depth := map[*gnode]int{root: 0}
	for len(queue) > 0 {
		nd := queue[0]
		queue = queue[1:]
		count++
		weighted += nd.label[nd.id%16] * (depth[nd] + 1)
		chain := 0
		for p := nd.parent; p != nil; p = p.parent {
			chain++
		}
		if chain > maxChain {
			maxChain = chain
		}
		for _, e := range nd.edges {
			if !e.seen {
				e.seen = true
				depth[e] = depth[nd] + 1
				queue = append(queue, e)
			}
		}
	}
	return
}

func main() {
	const rounds, size, degree = 80, 2000, 3
	rng := &lcg{state: 12345}
	var ms runtime.MemStats
	var peak uint64
	total := 0
	for r := 0; r < rounds; r++ {
		root := build(size, degree, rng)
		c, w, m := bfs(root)
		if r < 3 {
			fmt.Println("round", r, "reached", c, "weighted", w, "longest parent chain", m)
		}
		total += c + w + m
		if r%10 == 9 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak {
				peak = ms.HeapAlloc
			}
		}
	}
	fmt.Println("checksum:", total)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("peak heap while building bounded (< 16 MB):", peak < 16<<20)
	fmt.Println("heap after GC bounded (< 8 MB):", ms.HeapAlloc < 8<<20)
	fmt.Println("NumGC > 0:", ms.NumGC > 0)
}
