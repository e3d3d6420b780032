package main

func find(xs []int) int {
	for i := 0; ; i++ {
		if xs[i] == 0 {
			break
		}
	}
}

func main() {
	_ = find([]int{0})
}
