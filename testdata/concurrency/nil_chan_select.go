// A nil channel is never ready in a select: setting a finished input to nil disables its case
// (the classic merge loop).
// golden: gomaxprocs=1,2
package main

import "fmt"

func emit(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := emit(1, 2, 3), emit(10, 20)
	sum, count, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("sum", sum, "count", count, "closed", closed)

	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case never <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels are never ready")
	}
}
