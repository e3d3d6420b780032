// Every form of for: three-clause, condition only, infinite with break, empty clauses.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("k=", k, " ")
	}
	fmt.Println()
	j := 0
	for ; j < 3; {
		j++
	}
	fmt.Println(j)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	sum := 0
	for i := 10; i > 0; i -= 3 {
		sum += i
	}
	fmt.Println(sum)
	for range 2 {
		fmt.Println("range over int without variable")
	}
}
