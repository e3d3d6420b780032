// Memory: N goroutines parked on a channel receive (N = os.Args[1], default 100,000).
// bench/run.sh runs it with N and with 0 under `/usr/bin/time -f %M` and reports
// (max RSS(N) - max RSS(0)) / N: the resident cost of one parked goroutine.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 100_000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("usage: parked [N]")
			os.Exit(2)
		}
		n = v
	}
	release := make(chan struct{})
	var started, done sync.WaitGroup
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			done.Done()
		}()
	}
	started.Wait() // all n goroutines exist and are parked (or about to park) on release
	close(release)
	done.Wait()
	fmt.Println("parked and released:", n)
}
