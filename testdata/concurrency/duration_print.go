// time.Duration's String form and arithmetic.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		1500 * time.Nanosecond,
		time.Microsecond,
		10 * time.Millisecond,
		1500 * time.Millisecond,
		time.Second,
		90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second,
		-2 * time.Second,
		26 * time.Hour,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 1500 * time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), int64(d))
	fmt.Printf("%v %d %s\n", d, d, 2*d)
	fmt.Println(time.Duration(3) * time.Minute / 2)
	fmt.Println((100 * time.Millisecond).String() == "100ms")
	fmt.Println((90 * time.Minute).Hours(), (2500 * time.Microsecond).Microseconds())
}
