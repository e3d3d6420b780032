// Go 1.22 loop variables: each iteration has its own variable, captured separately by closures.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 6; i++ {
		i++ // modifying the per-iteration copy carries over to the next iteration
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
