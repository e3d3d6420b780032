// Functions whose last statement is terminating need no final return: panic, infinite for,
// if/else and switch/select with every branch terminating, goto, labeled blocks.
package main

import (
	"errors"
	"fmt"
)

func viaPanic(x int) int {
	if x > 0 {
		return x
	}
	panic("non-positive")
}

func viaFor(xs []int) int {
	for i := 0; ; i++ {
		if xs[i] < 0 {
			return i
		}
	}
}

func viaIfElse(x int) string {
	if x%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func viaSwitch(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	default:
		return "pos"
	}
}

func viaTypeSwitch(v interface{}) string {
	switch v.(type) {
	case int:
		return "int"
	default:
		return "other"
	}
}

func viaGoto(n int) int {
	i := 0
loop:
	if i < n {
		i++
		goto loop
	}
	return i
}

func viaBlock(err error) (s string) {
	{
		if err != nil {
			return "error: " + err.Error()
		}
		return "ok"
	}
}

func viaSelect(ch chan int) int {
	select {
	case v := <-ch:
		return v
	}
}

func viaFallthroughSwitch(x int) int {
	switch x {
	case 1:
		fallthrough
	case 2:
		return 12
	default:
		return 0
	}
}

func main() {
	fmt.Println(viaPanic(3), viaFor([]int{1, 2, -3}), viaIfElse(3), viaSwitch(0), viaTypeSwitch(1.5))
	fmt.Println(viaGoto(5), viaBlock(nil), viaBlock(errors.New("x")), viaFallthroughSwitch(1))
	ch := make(chan int, 1)
	ch <- 9
	fmt.Println(viaSelect(ch))
	defer func() { fmt.Println("recovered:", recover()) }()
	viaPanic(0)
}
