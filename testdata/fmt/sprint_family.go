// Sprint, Sprintln, Sprintf, Print spacing rules, Fprintln to stderr, Errorf.
package main

import (
	"fmt"
	"os"
)

type P struct{ X int }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1, "y"))
	fmt.Print("print", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprintln("with", "newline", 3)
	fmt.Printf("%q\n", s)
	fmt.Println(fmt.Sprintf("%03d-%s", 7, "x"))
	fmt.Println(nil, []int(nil), map[string]int(nil), (*P)(nil))
	fmt.Println(&P{5}, []*int{nil})
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "error output", 1)
	fmt.Fprintf(os.Stderr, "formatted %d\n", 2)
	fmt.Fprint(os.Stdout, "to stdout via Fprint\n")
	e := fmt.Errorf("failed after %d tries: %s", 3, "timeout")
	fmt.Println(e)
	fmt.Printf("%v|%s\n", e, e)
}
