// context.WithCancelCause / context.Cause (Go 1.20): Err stays context.Canceled, Cause
// carries the reason; without a cause, Cause equals Err.
// golden: gomaxprocs=1,2
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(ctx.Err(), context.Cause(ctx))
	cancel(errors.New("shutting down"))
	fmt.Println(ctx.Err(), context.Cause(ctx))
	cancel(errors.New("second cause is ignored"))
	fmt.Println(context.Cause(ctx))

	plain, stop := context.WithCancel(context.Background())
	stop()
	fmt.Println(context.Cause(plain))
}
