// Package maps: functions over maps of any type (the iterator functions Keys, Values, All,
// Insert and Collect need range-over-func, which minigo does not have yet).
package maps

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
