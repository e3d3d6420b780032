// Race: a string variable written by three goroutines (literals of different lengths,
// substrings, concatenations, a multi-byte string) while three others read len(s) and s[0]
// and range over it. Every string ever stored is non-empty and made of letters and 'é', so
// anything else a reader sees would be a value nobody wrote; the count of those is printed.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

var s = "start"

const iters = 6000

// readersLeft counts the readers still running: the writers write until none is left.
var readersLeft int32 = 3

func letter(r rune) bool { return r >= 'a' && r <= 'z' || r == 'é' }

func main() {
	var wg sync.WaitGroup
	base := strings.Repeat("abcdefghij", 20)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; atomic.LoadInt32(&readersLeft) > 0; i++ {
				switch (i + w) % 5 {
				case 0:
					s = "x"
				case 1:
					s = base[i%100 : i%100+1+i%50]
				case 2:
					s = s + "yz"
					if len(s) > 300 {
						s = "q"
					}
				case 3:
					s = "ééé" + base[:i%7+1]
				case 4:
					s = base
				}
			}
		}(w)
	}
	reads := make([]int, 3)
	bad := make([]int, 3)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			defer atomic.AddInt32(&readersLeft, -1)
			for i := 0; i < iters; i++ {
				if len(s) == 0 {
					bad[r]++
				}
				c := s[0]
				if c < 'a' || c > 'z' && c != 0xc3 {
					bad[r]++
				}
				t := s
				for _, ch := range t {
					if !letter(ch) {
						bad[r]++
					}
				}
				if len(t) > 0 && len(t[len(t)/2:]) > len(t) {
					bad[r]++
				}
				reads[r]++
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("reads", reads[0]+reads[1]+reads[2], "bad", bad[0]+bad[1]+bad[2])
	fmt.Println("done")
}
