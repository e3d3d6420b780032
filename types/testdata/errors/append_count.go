package main

type I interface{ M() }

func main() {
	s := []int{1}
	_ = append(s...)
	_ = append(s, 1, s...)
	_ = (*I).M
}
