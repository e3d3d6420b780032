// Collect the first error from several goroutines (errgroup style): a buffered error channel,
// a WaitGroup, and cancellation of the others through a context.
// golden: gomaxprocs=1,2
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func task(ctx context.Context, id int) error {
	if id == 3 {
		time.Sleep(10 * time.Millisecond)
		return fmt.Errorf("task %d failed", id)
	}
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	errs := make(chan error, 5)
	var wg sync.WaitGroup
	start := time.Now()
	for id := 0; id < 5; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := task(ctx, id); err != nil {
				errs <- err
				cancel()
			}
		}()
	}
	wg.Wait()
	close(errs)
	var first error
	canceled := 0
	for err := range errs {
		if errors.Is(err, context.Canceled) {
			canceled++
		} else if first == nil {
			first = err
		}
	}
	fmt.Println("first error:", first)
	fmt.Println("others canceled:", canceled)
	fmt.Println("did not wait for the slow tasks:", time.Since(start) < 500*time.Millisecond)
}
