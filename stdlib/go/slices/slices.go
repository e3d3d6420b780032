// Package slices: generic functions over slices of any element type — search, comparison,
// editing (Insert, Delete, Compact, ...) and sorting. The sorts here are all one stable
// merge sort (insertion-sorted runs merged through a buffer), which satisfies both Sort's
// and SortStableFunc's contracts. Iterators: All, Values, Backward and Chunk range over a
// slice; Collect, AppendSeq and the Sorted functions consume an iterator.
package slices

import (
	"cmp"
	"iter"
)

// Equal reports whether both slices have the same length and equal elements.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with elements compared by eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the slices element by element (cmp.Compare), then by length.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc(s1, s2, func(a, b E) int { return cmp.Compare(a, b) })
}

// CompareFunc is Compare with elements compared by f.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, f func(E1, E2) int) int {
	n := min(len(s1), len(s2))
	for i := 0; i < n; i++ {
		if c := f(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(s1), len(s2))
}

// Index is the index of the first v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc is the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool { return Index(s, v) >= 0 }

// ContainsFunc reports whether an element satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool { return IndexFunc(s, f) >= 0 }

// Insert puts vs at index i of s (0 <= i <= len(s)), shifting the tail up.
func Insert[S ~[]E, E any](s S, i int, vs ...E) S {
	_ = s[i:] // bounds check, as Go's panics
	out := make(S, 0, len(s)+len(vs))
	out = append(out, s[:i]...)
	out = append(out, vs...)
	return append(out, s[i:]...)
}

// Delete removes s[i:j], zeroing the elements past the new length.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)]
	n := len(s) - (j - i)
	copy(s[i:], s[j:])
	clear(s[n:])
	return s[:n]
}

// DeleteFunc removes the elements satisfying del.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	kept := 0
	for _, v := range s {
		if !del(v) {
			s[kept] = v
			kept++
		}
	}
	clear(s[kept:])
	return s[:kept]
}

// Replace puts vs in place of s[i:j].
func Replace[S ~[]E, E any](s S, i, j int, vs ...E) S {
	_ = s[i:j]
	tail := Clone(s[j:])
	out := append(s[:i], vs...)
	out = append(out, tail...)
	if len(out) < len(s) {
		clear(s[len(out):])
	}
	return out
}

// Clone is a shallow copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces each run of equal elements by its first.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with elements compared by eq.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	kept := 1
	for i := 1; i < len(s); i++ {
		if !eq(s[kept-1], s[i]) {
			s[kept] = s[i]
			kept++
		}
	}
	clear(s[kept:])
	return s[:kept]
}

// Grow makes room for n more elements without reallocating.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if cap(s)-len(s) < n {
		s = append(s[:cap(s)], make(S, n-(cap(s)-len(s)))...)[:len(s)]
	}
	return s
}

// Clip drops the unused capacity.
func Clip[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

// Concat is the slices joined in a new slice.
func Concat[S ~[]E, E any](ss ...S) S {
	n := 0
	for _, s := range ss {
		n += len(s)
	}
	out := Grow[S](nil, n)
	for _, s := range ss {
		out = append(out, s...)
	}
	return out
}

// Repeat is s repeated count times.
func Repeat[S ~[]E, E any](s S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	out := make(S, 0, len(s)*count)
	for i := 0; i < count; i++ {
		out = append(out, s...)
	}
	return out
}

// Reverse reverses s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Max is the largest element (a NaN if there is one); it panics on an empty slice.
func Max[S ~[]E, E cmp.Ordered](s S) E {
	return extreme(s, func(v, best E) bool { return v != v || v > best }, "slices.Max: empty list")
}

// Min is the smallest element (a NaN if there is one); it panics on an empty slice.
func Min[S ~[]E, E cmp.Ordered](s S) E {
	return extreme(s, func(v, best E) bool { return v != v || v < best }, "slices.Min: empty list")
}

// MaxFunc is the first largest element by c; it panics on an empty slice.
func MaxFunc[S ~[]E, E any](s S, c func(a, b E) int) E {
	return extreme(s, func(v, best E) bool { return c(v, best) > 0 }, "slices.MaxFunc: empty list")
}

// MinFunc is the first smallest element by c; it panics on an empty slice.
func MinFunc[S ~[]E, E any](s S, c func(a, b E) int) E {
	return extreme(s, func(v, best E) bool { return c(v, best) < 0 }, "slices.MinFunc: empty list")
}

// extreme is the element kept by scanning s and replacing the best so far by any element
// that beats it; an empty s panics with msg. (A NaN beats everything and nothing beats it.)
func extreme[S ~[]E, E any](s S, beats func(v, best E) bool, msg string) E {
	if len(s) == 0 {
		panic(msg)
	}
	best := s[0]
	for _, v := range s[1:] {
		if beats(v, best) {
			best = v
		}
	}
	return best
}

// Sort sorts s in increasing order (NaNs first).
func Sort[S ~[]E, E cmp.Ordered](s S) {
	mergeSort(s, func(a, b E) int { return cmp.Compare(a, b) })
}

// SortFunc sorts s by c (negative: a before b).
func SortFunc[S ~[]E, E any](s S, c func(a, b E) int) { mergeSort(s, c) }

// SortStableFunc sorts s by c keeping equal elements in their order.
func SortStableFunc[S ~[]E, E any](s S, c func(a, b E) int) { mergeSort(s, c) }

// IsSorted reports whether s is in increasing order.
func IsSorted[S ~[]E, E cmp.Ordered](s S) bool {
	return IsSortedFunc(s, func(a, b E) int { return cmp.Compare(a, b) })
}

// IsSortedFunc reports whether s is ordered by c.
func IsSortedFunc[S ~[]E, E any](s S, c func(a, b E) int) bool {
	for i := 1; i < len(s); i++ {
		if c(s[i], s[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch finds target in sorted s: its position (or where it would go) and
// whether it is there.
func BinarySearch[S ~[]E, E cmp.Ordered](s S, target E) (int, bool) {
	return BinarySearchFunc(s, target, func(e, t E) int { return cmp.Compare(e, t) })
}

// BinarySearchFunc is BinarySearch with c comparing an element to the target.
func BinarySearchFunc[S ~[]E, E, T any](s S, target T, c func(E, T) int) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if c(s[mid], target) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && c(s[lo], target) == 0
}

// run is the length of the runs insertion sort prepares for merging.
const run = 12

// mergeSort sorts s stably by c: runs sorted by insertion, then merged pairwise through a
// buffer, doubling the width each pass.
func mergeSort[E any](s []E, c func(a, b E) int) {
	for lo := 0; lo < len(s); lo += run {
		insertionSort(s[lo:min(lo+run, len(s))], c)
	}
	if len(s) <= run {
		return
	}
	buf := make([]E, len(s))
	src, dst := s, buf
	for width := run; width < len(s); width *= 2 {
		for lo := 0; lo < len(s); lo += 2 * width {
			mid, hi := min(lo+width, len(s)), min(lo+2*width, len(s))
			merge(dst[lo:hi], src[lo:mid], src[mid:hi], c)
		}
		src, dst = dst, src
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}

func insertionSort[E any](s []E, c func(a, b E) int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && c(s[j], s[j-1]) < 0; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// merge writes the sorted a and b into out, taking from a on ties (stability).
func merge[E any](out, a, b []E, c func(a, b E) int) {
	i, j := 0, 0
	for k := range out {
		if j == len(b) || (i < len(a) && c(b[j], a[i]) >= 0) {
			out[k] = a[i]
			i++
		} else {
			out[k] = b[j]
			j++
		}
	}
}

// All is an iterator over the indexes and elements of s, in order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := range s {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values is an iterator over the elements of s, in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// Backward is an iterator over the indexes and elements of s, last first.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// AppendSeq appends the values of seq to s.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for elem := range seq {
		s = append(s, elem)
	}
	return s
}

// Collect is a new slice of the values of seq (nil when it has none).
func Collect[E any](seq iter.Seq[E]) []E { return AppendSeq([]E(nil), seq) }

// Sorted collects the values of seq and sorts them.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	sorted := Collect(seq)
	Sort(sorted)
	return sorted
}

// SortedFunc collects the values of seq and sorts them by c.
func SortedFunc[E any](seq iter.Seq[E], c func(E, E) int) []E {
	sorted := Collect(seq)
	SortFunc(sorted, c)
	return sorted
}

// SortedStableFunc collects the values of seq and sorts them by c, keeping equal values in
// their order.
func SortedStableFunc[E any](seq iter.Seq[E], c func(E, E) int) []E {
	sorted := Collect(seq)
	SortStableFunc(sorted, c)
	return sorted
}

// Chunk is an iterator over consecutive subslices of s of n elements (the last may be
// shorter); each has no spare capacity. n must be at least 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for lo := 0; lo < len(s); lo += n {
			hi := min(lo+n, len(s))
			if !yield(s[lo:hi:hi]) {
				return
			}
		}
	}
}
