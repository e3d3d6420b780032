// Constant shift counts: an untyped count must be representable as a uint ("truncated"
// for non-integer kinds, whatever the value), a negative one is rejected; duplicate case
// values are reported for integers but not for booleans.
package main

func main() {
	x := 1
	_ = x << 1e30
	_ = 1 << 2.5
	_ = x << -1
	_ = x << -1.0
	b := true
	switch b {
	case true, true:
	}
	switch x {
	case 1, 1:
	}
}
