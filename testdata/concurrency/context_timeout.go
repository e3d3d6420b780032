// context.WithTimeout: Done closes after the timeout with context.DeadlineExceeded
// ("context deadline exceeded"); a faster operation wins the select.
// golden: gomaxprocs=1,2
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	fmt.Println("fast op:", slowOp(ctx, 5*time.Millisecond))
	err := slowOp(ctx, time.Second)
	fmt.Println("slow op:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	<-ctx2.Done()
	fmt.Println("cancelled before timeout:", ctx2.Err())

	parent, pcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer pcancel()
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	<-child.Done()
	fmt.Println("child inherits the parent's timeout:", child.Err())
}
