package main

func kind(x int) string {
	switch {
	case x < 0:
		return "negative"
	case x >= 0:
		return "non-negative"
	}
}

func main() {
	_ = kind(1)
}
