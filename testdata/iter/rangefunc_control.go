// Control flow out of range-over-func loop bodies: break, continue, labeled break and
// continue of enclosing loops (plain and iterator loops), return with results from
// nested bodies, goto out of a body, and the iterator seeing false.
package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator", n, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  iterator", n, "stopped at", i)
				return
			}
		}
	}
}

func kv(yield func(string, int) bool) {
	for i, s := range []string{"a", "b", "c", "d"} {
		if !yield(s, i) {
			return
		}
	}
}

func breakContinue() {
	for i := range upTo(6) {
		if i%2 == 1 {
			continue
		}
		if i == 4 {
			break
		}
		fmt.Println("body", i)
	}
	// break inside a switch and a select inside the body targets them.
	for i := range upTo(3) {
		switch i {
		case 1:
			break
		default:
			fmt.Println("switch", i)
		}
		select {
		default:
			if i == 2 {
				break
			}
			fmt.Println("select", i)
		}
	}
	// Plain loops inside a body keep their own break and continue.
	for i := range upTo(2) {
		for j := 0; j < 5; j++ {
			if j == 1 {
				continue
			}
			if j == 3 {
				break
			}
			fmt.Println("inner", i, j)
		}
	}
}

func labeled() {
outer:
	for i := 0; i < 3; i++ {
		for j := range upTo(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("plain/iter", i, j)
		}
	}
Outer:
	for s, i := range kv {
		for j := range upTo(4) {
			for k := 0; k < 2; k++ {
				if j == 2 {
					continue Outer
				}
				if s == "c" {
					break Outer
				}
				fmt.Println("iter/iter", s, i, j, k)
			}
		}
	}
	// Labeled continue of the loop itself from an inner plain loop.
Self:
	for i := range upTo(3) {
		for {
			if i == 1 {
				continue Self
			}
			fmt.Println("self", i)
			break Self
		}
	}
	fmt.Println("after labeled")
}

func find(target string) (int, bool) {
	for s, i := range kv {
		if s == target {
			return i, true
		}
	}
	return -1, false
}

func findNested(n int) (res string, err error) {
	defer func() { res = "[" + res + "]" }()
	for i := range upTo(4) {
		for j := range upTo(4) {
			if i*j == n {
				return fmt.Sprint(i, "*", j), nil
			}
		}
	}
	return "none", fmt.Errorf("no factors for %d", n)
}

func namedBare() (total int) {
	for i := range upTo(10) {
		total += i
		if total > 5 {
			return
		}
	}
	return 99
}

func inLiteral() []int {
	collect := func(limit int) (out []int) {
		for i := range upTo(10) {
			if i == limit {
				return out
			}
			out = append(out, i*i)
		}
		return nil
	}
	return collect(4)
}

func gotoOut() {
	n := 0
again:
	for i := range upTo(5) {
		n++
		if i == 2 && n < 10 {
			goto again
		}
		if i == 3 {
			goto done
		}
	}
	fmt.Println("not reached")
done:
	fmt.Println("goto done, n =", n)
	// goto within the body stays in the body.
	for i := range upTo(2) {
		j := 0
	loop:
		if j < 2 {
			fmt.Println("body goto", i, j)
			j++
			goto loop
		}
	}
}

func main() {
	breakContinue()
	labeled()
	fmt.Println(find("c"))
	fmt.Println(find("z"))
	fmt.Println(findNested(6))
	fmt.Println(findNested(7))
	fmt.Println(namedBare())
	fmt.Println(inLiteral())
	gotoOut()
}
