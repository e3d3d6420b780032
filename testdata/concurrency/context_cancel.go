// context.WithCancel: cancel closes Done for the context and every child; Err becomes
// context.Canceled ("context canceled").
// golden: gomaxprocs=1,2
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	child, childCancel := context.WithCancel(ctx)
	defer childCancel()
	fmt.Println("before cancel:", ctx.Err(), child.Err())

	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(child, i, &wg, out)
	}
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		_ = s
		n++
	}
	fmt.Println("workers stopped:", n)
	fmt.Println(ctx.Err())
	fmt.Println(child.Err())
	fmt.Println(errors.Is(child.Err(), context.Canceled))
	cancel() // idempotent
	fmt.Println(context.Background(), context.TODO())

	vctx := context.WithValue(ctx, "key", "value")
	fmt.Println(vctx.Value("key"), vctx.Value("other"), vctx.Err())
}
