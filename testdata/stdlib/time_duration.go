// time.Duration arithmetic and formatting (no clock involved: deterministic).
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(1500*time.Millisecond, 2*time.Second+300*time.Millisecond, time.Duration(1))
	fmt.Println(time.Duration(0), 3*time.Microsecond, 45*time.Nanosecond, -5*time.Second)
	fmt.Println(26*time.Hour+3*time.Minute+4*time.Second+5*time.Millisecond)
	fmt.Println(time.Second.Seconds(), time.Duration(2500)*time.Microsecond)
	fmt.Printf("%v %d %T\n", time.Millisecond, time.Millisecond, time.Millisecond)
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (1500 * time.Millisecond).Truncate(time.Second))
	dur, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, err, dur.Seconds())
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)
	fmt.Println(time.Hour > time.Minute, time.Duration(1<<63-1))
}
