// switch: with init, with no condition, multiple values per case, fallthrough, default anywhere.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "F"
	case score >= 70:
		return "C"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func fall(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3:
		fmt.Print("three ")
	default:
		fmt.Print("other ")
	}
	fmt.Println()
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi yo") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fall(i)
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("x > 2")
		if x == 3 {
			break
		}
		fmt.Println("not printed")
	}
	calls := 0
	f := func() int { calls++; return calls }
	switch 2 {
	case f(), f(), f():
		fmt.Println("matched after", calls, "calls")
	}
	switch {
	}
	fmt.Println("empty switch ok")
}
