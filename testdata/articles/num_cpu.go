// From seeds 001/003: NumCPU returns the number of logical cores usable by the process (the
// article's Mac prints 4). The count depends on the host: numbers are normalised.
// golden: normalize-numbers
package main

import (
	"fmt"
	"runtime"
)

func main() {
	// NumCPU 返回当前进程可以用到的逻辑核心数
	fmt.Println(runtime.NumCPU())
}
