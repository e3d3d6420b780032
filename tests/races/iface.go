// Race: an interface variable overwritten with values of four dynamic types (a struct, a
// pointer, an int-based and a string-based named type) by one goroutine while three others
// call its method, assert and type-switch on it. Only the number of calls is printed, plus
// the number of values that no writer ever stored (always 0: a read sees some whole value).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Sizer interface{ Size() int }

type Rect struct{ w, h int }

func (r Rect) Size() int { return r.w * r.h }

type Circle struct {
	r    int
	name string
}

func (c *Circle) Size() int { return 3 * c.r * c.r }

type Count int

func (n Count) Size() int { return int(n) }

type Label string

func (l Label) Size() int { return len(l) }

var shape Sizer = Count(0)

const iters = 20000
const readers = 3

// readersLeft counts the readers still running: the writers write until none is left.
var readersLeft int32 = readers

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		labels := []string{"a", "label", "a longer label than the others"}
		for i := 0; atomic.LoadInt32(&readersLeft) > 0; i++ {
			switch i % 4 {
			case 0:
				shape = Rect{i, 2}
			case 1:
				shape = &Circle{r: i % 7, name: "circle"}
			case 2:
				shape = Count(2 * i)
			case 3:
				shape = Label(labels[i%3])
			}
		}
	}()
	calls := make([]int, readers)
	bad := make([]int, readers)
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			defer atomic.AddInt32(&readersLeft, -1)
			for i := 0; i < iters; i++ {
				_ = shape.Size()
				s := shape
				n := s.Size()
				switch v := s.(type) {
				case Rect:
					if v.h != 2 || n != 2*v.w {
						bad[r]++
					}
				case *Circle:
					if v.name != "circle" || n != 3*v.r*v.r {
						bad[r]++
					}
				case Count:
					if n%2 != 0 {
						bad[r]++
					}
				case Label:
					if n != 1 && n != 5 && n != 30 {
						bad[r]++
					}
				default:
					bad[r]++
				}
				if c, ok := shape.(*Circle); ok && c == nil {
					bad[r]++
				}
				calls[r] += 2
			}
		}(r)
	}
	wg.Wait()
	total, wrong := 0, 0
	for r := 0; r < readers; r++ {
		total += calls[r]
		wrong += bad[r]
	}
	fmt.Println("calls", total, "bad", wrong)
	fmt.Println("done")
}
