// Package heap: a binary min-heap kept inside any collection that implements Interface.
// Element 0 is the smallest by Less; the children of element k sit at 2k+1 and 2k+2.
//
// The order of Less and Swap calls is Go's documented algorithm (sift a changed element
// up towards the root or down towards the leaves, the smaller child winning and the left
// one on ties), so programs whose keys tie see the same order as under Go.
package heap

import "sort"

// Interface is a sort.Interface that can also grow at its end (Push) and shrink from its
// end (Pop). The heap functions call Push and Pop; programs call the heap functions.
type Interface interface {
	sort.Interface
	Push(x any) // x becomes the element at index Len()
	Pop() any   // the element at index Len()-1 leaves and is returned
}

// Init orders h into a heap, sifting down every element that has children, the last such
// element first. O(n).
func Init(h Interface) {
	size := h.Len()
	for k := size/2 - 1; k >= 0; k-- {
		siftDown(h, k, size)
	}
}

// Push adds x to the heap in O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the smallest element: it trades places with the last one,
// which sifts down over the rest, then leaves through h.Pop.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns element i: the last element takes its place and sifts
// whichever way restores the order.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		resettle(h, i, last)
	}
	return h.Pop()
}

// Fix restores the order after element i's key changed; cheaper than Remove then Push.
func Fix(h Interface, i int) {
	resettle(h, i, h.Len())
}

// resettle moves element k of the first size elements to where it belongs: down when a
// child is smaller, otherwise up.
func resettle(h Interface, k, size int) {
	if !siftDown(h, k, size) {
		siftUp(h, k)
	}
}

// siftUp lets element k climb while it is smaller than its parent.
func siftUp(h Interface, k int) {
	for k > 0 {
		parent := (k - 1) / 2
		if !h.Less(k, parent) {
			return
		}
		h.Swap(parent, k)
		k = parent
	}
}

// siftDown lets element start of the first size elements sink below every smaller child,
// and reports whether it moved.
func siftDown(h Interface, start, size int) bool {
	k := start
	for {
		child := 2*k + 1
		if child >= size || child < 0 { // no children (child < 0: the index overflowed)
			break
		}
		if right := child + 1; right < size && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, k) {
			break
		}
		h.Swap(k, child)
		k = child
	}
	return k > start
}
