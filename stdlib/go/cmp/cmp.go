// Package cmp holds the Ordered constraint and the comparison of ordered values. Floating
// point values are ordered with every NaN first (a NaN equals a NaN and is below any number),
// so Compare and Less give a total order even where < does not.
package cmp

// Ordered is the set of types whose values `<` orders: integers, floats and strings.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// unordered reports a NaN: the only value different from itself.
func unordered[T Ordered](v T) bool { return v != v }

// Compare is -1, 0 or +1 as a is below, equal to or above b (NaNs first).
func Compare[T Ordered](a, b T) int {
	an, bn := unordered(a), unordered(b)
	if an || bn {
		switch {
		case an && bn:
			return 0
		case an:
			return -1
		default:
			return 1
		}
	}
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// Less is Compare(a, b) < 0.
func Less[T Ordered](a, b T) bool { return Compare(a, b) < 0 }

// Or is the first of its arguments that is not the zero value (the zero value if none).
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
