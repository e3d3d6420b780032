// Conditions of if and for built from && and || (compiled to jumps): which operands run,
// in which order, and with which outcome, including a constant operand.
package main

import "fmt"

func f(s string, b bool) bool { fmt.Print(s, " "); return b }

func main() {
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			for _, c := range []bool{false, true} {
				if f("a", a) && (f("b", b) || f("c", c)) {
					fmt.Print("T ")
				} else if !a || f("d", b && c) {
					fmt.Print("E ")
				}
				if (a || b) && !c {
					fmt.Print("X")
				}
				fmt.Println()
			}
		}
	}
	i, n := 0, 10
	for i < n && !(i > 3 || i*i > 50) {
		i++
	}
	fmt.Println(i)
	const debug = false
	if debug && i > 0 || i == 4 {
		fmt.Println("ok")
	}
}
