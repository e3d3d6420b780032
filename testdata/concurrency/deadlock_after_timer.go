// A pending timer is not a deadlock: main blocks forever, but while a goroutine sleeps the
// program is alive; once the sleeper is gone Go reports the deadlock (exit 2).
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"time"
)

func main() {
	forever := make(chan int)
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("sleeper woke up and exits")
	}()
	fmt.Println("main blocks")
	<-forever
}
