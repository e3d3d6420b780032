// `select {}` blocks forever; with nothing else to run Go reports a deadlock (exit 2).
// golden: gomaxprocs=1,2
package main

import "fmt"

func main() {
	fmt.Println("about to block forever")
	select {}
}
