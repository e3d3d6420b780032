// A binary search tree: insert, in-order walk, height, min/max, contains.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else if v > t.Val {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Contains(v int) bool {
	for t != nil {
		switch {
		case v < t.Val:
			t = t.Left
		case v > t.Val:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		root = root.Insert(v)
	}
	var vals []int
	root.Walk(func(v int) { vals = append(vals, v) })
	fmt.Println(vals)
	fmt.Println(root.Height(), root.Contains(65), root.Contains(66))
	sum := 0
	root.Walk(func(v int) { sum += v })
	fmt.Println(sum)
	var skewed *Tree
	for i := 0; i < 100; i++ {
		skewed = skewed.Insert(i)
	}
	fmt.Println(skewed.Height())
}
