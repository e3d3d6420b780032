// The builtins print and println take a multi-value call as their only argument and print
// each result with its own type (generic and plain functions, results of every kind).
package main

func pair[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func mixed() (string, float64, int8, uint, rune, bool) { return "s", 1.5, -2, 7, 'x', false }

func none() {}

type small struct{ a, b int }

func nested[T any](x T) (T, *T) { return x, nil }

func main() {
	println(pair[int](3))
	println(pair[int]("no"))
	println(pair[string]("yes"))
	println(mixed())
	print(mixed())
	print("\n")
	print(pair[float32](float32(0.25)))
	println()
	println(nested(small{1, 2}.a))
	none()
	println("done")
}
