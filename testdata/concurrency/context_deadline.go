// context.WithDeadline with a deadline in the past is already done; Deadline reports it.
// golden: gomaxprocs=1,2
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past := time.Now().Add(-time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	select {
	case <-ctx.Done():
		fmt.Println("done at once:", ctx.Err())
	default:
		fmt.Println("not done")
	}
	d, ok := ctx.Deadline()
	fmt.Println(d.Equal(past), ok)

	soon := time.Now().Add(30 * time.Millisecond)
	ctx2, cancel2 := context.WithDeadline(context.Background(), soon)
	defer cancel2()
	fmt.Println("before:", ctx2.Err())
	<-ctx2.Done()
	fmt.Println("after:", ctx2.Err())
	fmt.Println("not before the deadline:", !time.Now().Before(soon))

	_, ok = context.Background().Deadline()
	fmt.Println("background has a deadline:", ok)
}
