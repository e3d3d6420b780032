// A panic inside a closure called through a method value: the trace names the closure
// (main.main.func1) and the method.
package main

import "fmt"

type Runner struct{ name string }

func (r *Runner) Run(f func(int) int) int { return f(len(r.name)) }

func main() {
	r := &Runner{"abc"}
	run := r.Run
	fmt.Println(run(func(n int) int { return n * 2 }))
	divisor := 0
	fmt.Println(run(func(n int) int { return n / divisor }))
}
