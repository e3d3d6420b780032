// time.ParseDuration and Duration.Truncate/Round/Abs.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2us", "1µs", "0", "5", "1x"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	d := 1500 * time.Millisecond
	fmt.Println(d.Truncate(time.Second), d.Round(time.Second), (-d).Abs())
	fmt.Println((time.Hour + 2*time.Minute + 31*time.Second).Round(time.Minute))
}
