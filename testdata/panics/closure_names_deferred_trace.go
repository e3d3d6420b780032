// Go names a function literal in a closure `.N` (main.main.func1.1): a deferred closure
// and one passed as an argument are not inlined, and a closure inlined into such a
// closure names its literals with `.` too (main.main.func1.1.1.2).
package main

func viaValue(fs ...func()) { fs[0]() }

func main() {
	defer func() {
		viaValue(func() {
			func() {
				k := func() { panic("in deferred closure") }
				viaValue(func() { k() })
			}()
		})
	}()
}
