package main

// `defer recover()`: the deferred recover acts for the function that deferred it. It stops
// a panic when that function returns normally while the panic runs it as a deferred call,
// and does nothing when it runs during its own function's unwinding or at an ordinary return.

import "fmt"

func report(label string) {
	if r := recover(); r != nil {
		fmt.Println(label, "recovered", r)
	} else {
		fmt.Println(label, "nothing to recover")
	}
}

// The deferred func returns normally while panic 1 runs it: its deferred recover stops 1.
func stopsOuter() {
	defer report("stopsOuter:")
	defer func() {
		defer recover()
	}()
	panic(1)
}

// Run while the literal's own panic (3) unwinds it, the deferred recover is a no-op; 3 is
// recovered by the next deferred call, and 2 by the outer one.
func noOpDuringUnwind() {
	defer report("noOpDuringUnwind outer:")
	defer func() {
		defer report("noOpDuringUnwind inner:")
		defer recover()
		panic(3)
	}()
	panic(2)
}

// The inner panic (5) is recovered first; then the literal returns normally and its deferred
// recover stops the outer panic (4).
func afterInner() {
	defer report("afterInner:")
	defer func() {
		defer recover()
		defer report("afterInner inner:")
		panic(5)
	}()
	panic(4)
}

// No panic: a deferred recover at an ordinary return does nothing.
func ordinary() int {
	defer recover()
	return 6
}

// Directly deferred by the panicking function, recover is called by the panic itself: it
// does not stop it.
func notByDeferringFunc() {
	defer report("notByDeferringFunc:")
	defer recover()
	panic(7)
}

// A panic raised and recovered inside a deferred call: the panic that ran the call goes on.
func outerGoesOn() {
	defer report("outerGoesOn outer:")
	defer fmt.Println("outerGoesOn: still panicking")
	defer func() {
		defer report("outerGoesOn inner:")
		panic(8)
	}()
	panic(9)
}

func main() {
	outerGoesOn()
	stopsOuter()
	noOpDuringUnwind()
	afterInner()
	fmt.Println("ordinary:", ordinary())
	notByDeferringFunc()
	go recover()
	fmt.Println("done")
}
