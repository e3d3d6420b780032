// Labeled break and continue out of nested loops, switch and select; goto.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i == 3:
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Println("odd", i)
	}

	ch := make(chan int, 1)
	ch <- 1
sel:
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		default:
			break sel
		}
	}

	i := 0
again:
	if i < 3 {
		fmt.Print("goto ", i, " ")
		i++
		goto again
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}
