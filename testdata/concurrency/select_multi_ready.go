// When several cases are ready select picks one uniformly at random: over many rounds both
// cases are chosen (printed as booleans so the output is deterministic).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	countA, countB := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			countA++
			<-b
		case <-b:
			countB++
			<-a
		}
	}
	fmt.Println("total", countA+countB)
	fmt.Println("a chosen sometimes:", countA > 100)
	fmt.Println("b chosen sometimes:", countB > 100)
}
