// Package maps: functions over maps of any type, and iterators over their entries (All,
// Keys, Values visit the entries in map iteration order; Insert and Collect consume an
// iterator of pairs).
package maps

import "iter"

// Equal reports whether both maps hold the same keys with equal values.
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool {
	return EqualFunc(m1, m2, func(a, b V) bool { return a == b })
}

// EqualFunc is Equal with values compared by eq.
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool {
	same := len(m1) == len(m2)
	for key, left := range m1 {
		if !same {
			break
		}
		right, present := m2[key]
		same = present && eq(left, right)
	}
	return same
}

// Clone is a new map with m's entries (nil for a nil map).
func Clone[M ~map[K]V, K comparable, V any](m M) M {
	if m == nil {
		return nil
	}
	clone := make(M, len(m))
	Copy(clone, m)
	return clone
}

// Copy stores every entry of src into dst.
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2) {
	for key, val := range src {
		dst[key] = val
	}
}

// DeleteFunc removes the entries for which del is true.
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool) {
	for key, val := range m {
		if del(key, val) {
			delete(m, key)
		}
	}
}

// All is an iterator over m's key-value pairs.
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for key, val := range m {
			if !yield(key, val) {
				return
			}
		}
	}
}

// Keys is an iterator over m's keys.
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K] {
	return func(yield func(K) bool) {
		for key := range m {
			if !yield(key) {
				return
			}
		}
	}
}

// Values is an iterator over m's values.
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, val := range m {
			if !yield(val) {
				return
			}
		}
	}
}

// Insert stores each pair of seq in m, later pairs overwriting earlier ones.
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V]) {
	for key, val := range seq {
		m[key] = val
	}
}

// Collect is a new map holding the pairs of seq.
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V {
	collected := map[K]V{}
	Insert(collected, seq)
	return collected
}
