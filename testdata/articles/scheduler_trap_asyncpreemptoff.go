// From seeds/001_43aaa5278d777d65.txt (= 003_5b21aa6a8c89a4bb.txt): the scheduler trap exactly as
// the article describes it. With asynchronous preemption switched off (GODEBUG=asyncpreemptoff=1)
// the spinning goroutines, which make no function calls, hold every P forever: main's timer fires
// but main never runs again, and the program HANGS. Verified with Go 1.27 under GOMAXPROCS=1 and 2
// (`timeout 3` exits 124). There is no Go output to store: the expected result is "still running
// after 3 s" (.code is `timeout`, .out and .err are empty). minigo's sysmon should honour
// asyncpreemptoff the same way (seed 001: "设置标志位的时机只有在函数序言部分").
// golden: env=GODEBUG=asyncpreemptoff=1
// golden: expect-timeout=3s
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	var x int
	threads := runtime.GOMAXPROCS(0)
	for i := 0; i < threads; i++ {
		go func() {
			for { x++ }
		}()
	}
	time.Sleep(time.Second)
	fmt.Println("x =", x)
}
