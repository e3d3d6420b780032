// A tree whose nodes point up to their parent, down to their children through a
// map[string]*tnode, and back to their owner through a second map (map values holding a
// pointer to the map's owner): the cycles pass through map buckets, which a collector has to
// trace like any other memory. Trees are built, checked and dropped 100 times
// (about 45 MB in all).
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type tnode struct {
	name     string
	depth    int
	parent   *tnode
	children map[string]*tnode
	owners   map[int]*tnode // every value points back at this node or its parent
	weight   [8]int
}

func grow(parent *tnode, name string, depth, fanout int) *tnode {
	n := &tnode{name: name, depth: depth, parent: parent, children: map[string]*tnode{}, owners: map[int]*tnode{}}
	n.owners[0] = n
	if parent != nil {
		n.owners[1] = parent
	}
	n.weight[depth%8] = len(name)
	if depth > 0 {
		for i := 0; i < fanout; i++ {
			child := name + "." + strconv.Itoa(i)
			n.children[child] = grow(n, child, depth-1, fanout)
		}
	}
	return n
}

// check walks the tree, verifying each back pointer, and returns the node count and the sum
// of the weights.
func check(n *tnode) (count, weight int, ok bool) {
	ok = n.owners[0] == n && n.owners[1] == n.parent
	count, weight = 1, n.weight[n.depth%8]
	for name, c := range n.children {
		cc, cw, cok := check(c)
		count += cc
		weight += cw
		ok = ok && cok && c.parent == n && c.name == name
	}
	return
}

func main() {
	const rounds, depth, fanout = 100, 6, 3
	var ms runtime.MemStats
	var peak uint64
	total, allOK := 0, true
	for r := 0; r < rounds; r++ {
		root := grow(nil, "r"+strconv.Itoa(r%10), depth, fanout)
		c, w, ok := check(root)
		total += c + w
		allOK = allOK && ok
		if r%10 == 9 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak {
				peak = ms.HeapAlloc
			}
		}
	}
	fmt.Println("checksum:", total, "back pointers ok:", allOK)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("peak heap while building bounded (< 24 MB):", peak < 24<<20)
	fmt.Println("heap after GC bounded (< 8 MB):", ms.HeapAlloc < 8<<20)
	fmt.Println("NumGC > 0:", ms.NumGC > 0)
}
