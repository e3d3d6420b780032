// Go names a function literal after the function it is compiled into: `.funcN` in a
// declared function. A closure called through the local variable it initialises, or
// where it is written, is inlined by Go's compiler, so the literals inside it are named
// as if written in the declared function: main.named.func1.func1.func1.
package main

func named() {
	f := func() {
		g := func() {
			func() {
				h := func() { panic("in named") }
				h()
			}()
		}
		g()
	}
	f()
}

func main() {
	named()
}
