// Package sort: sorting through Interface and of slices through a less function.
//
// Sort and Slice are pattern-defeating quicksort (Orson Peters' pdqsort), with the choices
// Go's implementation makes, since the order of equal elements, and even the sequence of
// Less and Swap calls, is visible to programs: ranges of 12 or fewer are insertion sorted;
// a pivot is the median of three quarter-point samples, each a median of three neighbours
// on ranges of 50 or more; samples found all ascending (or all descending, which reverses
// the range first) let a partial insertion sort of at most 5 shifts finish nearly sorted
// ranges; an unbalanced split scrambles three middle elements with an xorshift generator
// seeded by the range's length; a pivot not above its left neighbour's value gathers the
// equal elements; and when the depth budget (the bit length of n) runs out, heapsort.
//
// Stable insertion sorts blocks of 20 and merges them in place by rotations. Ints,
// Float64s and Strings are natives (stdlib/src/pkgs/sort.rs); so are the two slice
// accessors behind Slice (Go uses reflection there).
package sort

// Interface is what Sort needs of a collection: its length, an order on its indices and
// a way to exchange two elements.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data ascending by Less. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n > 1 {
		pdq(data, 0, n, bitLength(n))
	}
}

// Stable sorts data ascending by Less, keeping equal elements in their order.
func Stable(data Interface) {
	stableSort(data, data.Len())
}

// IsSorted reports whether data is sorted, comparing neighbours from the end.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// reversed orders data backwards.
type reversed struct {
	Interface
}

func (r reversed) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns data with its order reversed.
func Reverse(data Interface) Interface {
	return &reversed{data}
}

// ---- the typed slices ----

type IntSlice []int

func (x IntSlice) Len() int {
	return len(x)
}

func (x IntSlice) Less(i, j int) bool {
	return x[i] < x[j]
}

func (x IntSlice) Swap(i, j int) {
	x[i], x[j] = x[j], x[i]
}

func (x IntSlice) Sort() {
	Sort(x)
}

func (p IntSlice) Search(x int) int {
	return SearchInts(p, x)
}

// Float64Slice orders NaNs before every other value.
type Float64Slice []float64

func (x Float64Slice) Len() int {
	return len(x)
}

func (x Float64Slice) Less(i, j int) bool {
	a, b := x[i], x[j]
	if a != a {
		return b == b
	}
	return a < b
}

func (x Float64Slice) Swap(i, j int) {
	x[i], x[j] = x[j], x[i]
}

func (x Float64Slice) Sort() {
	Sort(x)
}

func (p Float64Slice) Search(x float64) int {
	return SearchFloat64s(p, x)
}

type StringSlice []string

func (x StringSlice) Len() int {
	return len(x)
}

func (x StringSlice) Less(i, j int) bool {
	return x[i] < x[j]
}

func (x StringSlice) Swap(i, j int) {
	x[i], x[j] = x[j], x[i]
}

func (x StringSlice) Sort() {
	Sort(x)
}

func (p StringSlice) Search(x string) int {
	return SearchStrings(p, x)
}

func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)

func IntsAreSorted(x []int) bool {
	return IsSorted(IntSlice(x))
}

func Float64sAreSorted(x []float64) bool {
	return IsSorted(Float64Slice(x))
}

func StringsAreSorted(x []string) bool {
	return IsSorted(StringSlice(x))
}

// ---- slices sorted by a less function ----

// lenOf returns the length of the slice in x (panics like Go's reflect if x is not a slice).
func lenOf(x any) int

// swapAt swaps elements i and j of the slice in x.
func swapAt(x any, i, j int)

// bySlice adapts a slice held in an interface and its less function to Interface.
type bySlice struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (s bySlice) Len() int {
	return s.n
}

func (s bySlice) Less(i, j int) bool {
	return s.less(i, j)
}

func (s bySlice) Swap(i, j int) {
	swapAt(s.x, i, j)
}

// Slice sorts the slice x by less, as Sort does (not stable); it panics if x is not a
// slice.
func Slice(x any, less func(i, j int) bool) {
	n := lenOf(x)
	pdq(bySlice{x, n, less}, 0, n, bitLength(n))
}

// SliceStable sorts the slice x by less, keeping equal elements in their order.
func SliceStable(x any, less func(i, j int) bool) {
	n := lenOf(x)
	stableSort(bySlice{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	return IsSorted(bySlice{x, lenOf(x), less})
}

// ---- binary search ----

// Search returns the smallest i in [0, n) for which f(i) is true, or n; f must be
// false and then true over the range.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Find returns the smallest i in [0, n) with cmp(i) <= 0 (or n), and whether cmp(i) is 0
// there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = Search(n, func(k int) bool { return cmp(k) <= 0 })
	return i, i < n && cmp(i) == 0
}

// SearchInts returns where x is, or would be inserted, in the sorted a.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s returns where x is, or would be inserted, in the sorted a.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings returns where x is, or would be inserted, in the sorted a.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// ---- pdqsort ----

// bitLength is the number of bits n needs (math/bits.Len).
func bitLength(n int) int {
	bits := 0
	for u := uint(n); u != 0; u >>= 1 {
		bits++
	}
	return bits
}

// The shape of a range, as the pivot samples suggest it.
const (
	shapeUnknown = iota
	shapeAscending
	shapeDescending
)

// pdq sorts data[lo:hi]. budget is the number of unbalanced splits still allowed before
// heapsort takes over. The smaller side of each split recurses; the loop goes on with
// the larger.
func pdq(data Interface, lo, hi, budget int) {
	balanced, untouched := true, true
	for {
		n := hi - lo
		if n <= 12 {
			insertion(data, lo, hi)
			return
		}
		if budget == 0 {
			heapRange(data, lo, hi)
			return
		}
		if !balanced {
			scramble(data, lo, hi)
			budget--
		}
		pivot, shape := pickPivot(data, lo, hi)
		if shape == shapeDescending {
			reverseRange(data, lo, hi)
			pivot = hi - 1 - (pivot - lo)
			shape = shapeAscending
		}
		if balanced && untouched && shape == shapeAscending && nearlySorted(data, lo, hi) {
			return
		}
		// A pivot equal to the element left of the range (which the parent split put
		// there, no greater than anything here) starts a run of equal elements.
		if lo > 0 && !data.Less(lo-1, pivot) {
			lo = splitEqual(data, lo, hi, pivot)
			continue
		}
		mid, noneMoved := splitAround(data, lo, hi, pivot)
		untouched = noneMoved
		small := n / 8
		if mid-lo < hi-mid {
			balanced = mid-lo >= small
			pdq(data, lo, mid, budget)
			lo = mid + 1
		} else {
			balanced = hi-mid >= small
			pdq(data, mid+1, hi, budget)
			hi = mid
		}
	}
}

// insertion sorts data[lo:hi] by sinking each element into the sorted prefix.
func insertion(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for k := i; k > lo && data.Less(k, k-1); k-- {
			data.Swap(k, k-1)
		}
	}
}

// heapRange heapsorts data[lo:hi]: a max-heap rooted at lo, whose root is repeatedly
// swapped to the end of the shrinking heap.
func heapRange(data Interface, lo, hi int) {
	n := hi - lo
	for root := (n - 1) / 2; root >= 0; root-- {
		sift(data, lo, root, n)
	}
	for end := n - 1; end >= 0; end-- {
		data.Swap(lo, lo+end)
		sift(data, lo, 0, end)
	}
}

// sift moves the element at heap position root down below its larger children, in a
// heap of n elements stored from base.
func sift(data Interface, base, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && data.Less(base+child, base+child+1) {
			child++
		}
		if !data.Less(base+root, base+child) {
			return
		}
		data.Swap(base+root, base+child)
		root = child
	}
}

// scramble swaps the three elements around the middle of data[lo:hi] with positions
// drawn from an xorshift generator seeded with the range's length, to break up inputs
// that defeat the pivot choice.
func scramble(data Interface, lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint64(1)<<uint(bitLength(n)) - 1
	mid := lo + n/4*2
	for at := mid - 1; at <= mid+1; at++ {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		other := int(uint(state) & uint(mask))
		if other >= n {
			other -= n
		}
		data.Swap(at, lo+other)
	}
}

// sampler takes medians of three indices, counting the pairs it found out of order.
type sampler struct {
	data       Interface
	inversions int
}

func (s *sampler) ordered(x, y int) (int, int) {
	if s.data.Less(y, x) {
		s.inversions++
		return y, x
	}
	return x, y
}

func (s *sampler) median(x, y, z int) int {
	x, y = s.ordered(x, y)
	y, _ = s.ordered(y, z)
	_, y = s.ordered(x, y)
	return y
}

// pickPivot chooses the pivot index of data[lo:hi] and guesses the range's shape: no
// inversion among the samples (12 at most) suggests ascending, all of them descending.
func pickPivot(data Interface, lo, hi int) (int, int) {
	n := hi - lo
	s := &sampler{data: data}
	a, b, c := lo+n/4, lo+n/4*2, lo+n/4*3
	if n >= 8 {
		if n >= 50 {
			a = s.median(a-1, a, a+1)
			b = s.median(b-1, b, b+1)
			c = s.median(c-1, c, c+1)
		}
		b = s.median(a, b, c)
	}
	switch s.inversions {
	case 0:
		return b, shapeAscending
	case 12:
		return b, shapeDescending
	}
	return b, shapeUnknown
}

// reverseRange reverses data[lo:hi] by swapping from both ends.
func reverseRange(data Interface, lo, hi int) {
	for l, r := lo, hi-1; l < r; l, r = l+1, r-1 {
		data.Swap(l, r)
	}
}

// nearlySorted tries to finish data[lo:hi] by fixing at most five neighbouring pairs out
// of order, each by letting the two elements sink and rise to their places; it reports
// whether the range is sorted. Ranges under 50 are only checked, not fixed. (Like Go's,
// the sinking may continue left of lo, down to index 1.)
func nearlySorted(data Interface, lo, hi int) bool {
	i := lo + 1
	for fixes := 0; fixes < 5; fixes++ {
		for i < hi && !data.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-lo >= 2 {
			for k := i - 1; k >= 1 && data.Less(k, k-1); k-- {
				data.Swap(k, k-1)
			}
		}
		if hi-i >= 2 {
			for k := i + 1; k < hi && data.Less(k, k-1); k++ {
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// splitAround moves the pivot to lo and partitions the rest: elements less than it to
// the left, the others to the right, by scanning from both ends and swapping the pairs
// that stop the scans. The pivot then moves between the halves; its index is returned,
// with whether no pair had to be swapped.
func splitAround(data Interface, lo, hi, pivot int) (int, bool) {
	data.Swap(lo, pivot)
	l, r := lo+1, hi-1
	noneMoved := true
	for {
		for l <= r && data.Less(l, lo) {
			l++
		}
		for l <= r && !data.Less(r, lo) {
			r--
		}
		if l > r {
			break
		}
		data.Swap(l, r)
		noneMoved = false
		l++
		r--
	}
	data.Swap(r, lo)
	return r, noneMoved
}

// splitEqual moves the pivot to lo and gathers the elements not greater than it after
// it; they are all equal to it, so they need no more sorting. It returns where the
// greater elements start.
func splitEqual(data Interface, lo, hi, pivot int) int {
	data.Swap(lo, pivot)
	l, r := lo+1, hi-1
	for {
		for l <= r && !data.Less(lo, l) {
			l++
		}
		for l <= r && data.Less(lo, r) {
			r--
		}
		if l > r {
			return l
		}
		data.Swap(l, r)
		l++
		r--
	}
}

// ---- stable sorting ----

// stableSort insertion sorts blocks of 20, then merges neighbouring runs of doubling
// width.
func stableSort(data Interface, n int) {
	const block = 20
	for lo := 0; lo < n; lo += block {
		insertion(data, lo, min(lo+block, n))
	}
	for width := block; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			merge(data, lo, lo+width, min(lo+2*width, n))
		}
	}
}

// merge merges the sorted runs data[lo:mid] and data[mid:hi] in place, stably: the longer
// run is cut at its middle element, the other run where that element belongs (after its
// equals from the left run, before those from the right one), the two inner pieces
// change places by a rotation, and each side is merged on its own.
func merge(data Interface, lo, mid, hi int) {
	if lo == mid || mid == hi {
		return
	}
	if hi-lo == 2 {
		if data.Less(mid, lo) {
			data.Swap(lo, mid)
		}
		return
	}
	var leftCut, rightCut int
	if mid-lo >= hi-mid {
		leftCut = lo + (mid-lo)/2
		rightCut = mid + Search(hi-mid, func(k int) bool { return !data.Less(mid+k, leftCut) })
	} else {
		rightCut = mid + (hi-mid)/2
		leftCut = lo + Search(mid-lo, func(k int) bool { return data.Less(rightCut, lo+k) })
	}
	rotate(data, leftCut, mid, rightCut)
	newMid := leftCut + (rightCut - mid)
	merge(data, lo, leftCut, newMid)
	merge(data, newMid, rightCut, hi)
}

// rotate exchanges the blocks data[lo:mid] and data[mid:hi] by three reversals.
func rotate(data Interface, lo, mid, hi int) {
	reverseRange(data, lo, mid)
	reverseRange(data, mid, hi)
	reverseRange(data, lo, hi)
}
