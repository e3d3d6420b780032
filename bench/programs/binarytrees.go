// GC: perfect binary trees built bottom-up and thrown away, the classic allocator and
// collector benchmark. A tree one level deeper than the deepest stretches the heap first, one
// tree of the maximum depth stays alive through the run, and for every even depth from 4 up
// many short-lived trees are built and counted. The node counts are the checksum.
package main

import "fmt"

const maxDepth = 16

type tree struct {
	left, right *tree
}

// grow builds a perfect tree of the given depth (depth 0: a single leaf).
func grow(depth int) *tree {
	if depth == 0 {
		return &tree{}
	}
	return &tree{left: grow(depth - 1), right: grow(depth - 1)}
}

// count returns the number of nodes of t.
func (t *tree) count() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.count() + t.right.count()
}

func main() {
	fmt.Printf("stretch depth %d: %d nodes\n", maxDepth+1, grow(maxDepth+1).count())
	keep := grow(maxDepth)
	total := 0
	for depth := 4; depth <= maxDepth; depth += 2 {
		rounds := 1 << (maxDepth - depth + 4)
		nodes := 0
		for i := 0; i < rounds; i++ {
			nodes += grow(depth).count()
		}
		fmt.Printf("%d trees of depth %d: %d nodes\n", rounds, depth, nodes)
		total += nodes
	}
	fmt.Printf("long-lived depth %d: %d nodes\n", maxDepth, keep.count())
	fmt.Println("checksum:", total+keep.count())
}
