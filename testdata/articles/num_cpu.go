// From seeds/001_43aaa5278d777d65.txt (= 003_5b21aa6a8c89a4bb.txt): NumCPU returns the number of
// logical cores usable by the process (the article's Mac prints 4). The count depends on the host:
// numbers are normalised.
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
