// The same channel may appear in several cases of one select; each ready case is chosen
// uniformly, so both cases fire over many rounds.
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	first, second := 0, 0
	for i := 0; i < 1000; i++ {
		ch <- i
		select {
		case <-ch:
			first++
		case <-ch:
			second++
		}
	}
	fmt.Println("rounds", first+second, "both cases used:", first > 100 && second > 100)

	out := make(chan string, 2)
	select {
	case out <- "a":
	case out <- "b":
	}
	v := <-out
	fmt.Println("sent one of the two:", v == "a" || v == "b", len(out))
}
