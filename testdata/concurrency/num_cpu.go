// runtime.NumCPU depends on the host, so print only facts that hold everywhere.
// golden: gomaxprocs=1,2
package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := runtime.NumCPU()
	fmt.Println(n > 0)
	fmt.Println(runtime.GOMAXPROCS(0) <= n || runtime.GOMAXPROCS(0) >= 1)
	fmt.Println(runtime.GOOS, runtime.GOARCH != "")
}
