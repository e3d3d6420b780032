// defer inside loops and closures: per-iteration variables, method values bound at defer time,
// recover returning nil once the panic is handled.
package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log() { fmt.Println(l.prefix) }

func loop() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func receivers() {
	l := Logger{"first"}
	defer l.Log() // receiver copied now
	l.prefix = "second"
	defer l.Log()
	p := &Logger{"ptr-first"}
	defer p.Log() // *p copied now: Log has a value receiver
	p.prefix = "ptr-second"
}

func twice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("once")
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	loop()
	receivers()
	twice()
	fmt.Println(counter())
}
