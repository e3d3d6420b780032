package main

type R struct{}

func (i *R) F1(i int) {}

func F2(a, a int) {}

func F3(b int) (b int) { return 0 }

func main() {}
