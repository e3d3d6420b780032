// From seeds/004_e479aab8bbb1a1cf.txt (性能调优最佳实践: 设置合理的GOMAXPROCS): the two statements wrapped in
// main. Prints nothing, exits 0.
package main

import "runtime"

func main() {
	// 根据CPU核心数设置
	runtime.GOMAXPROCS(runtime.NumCPU())

	// 或者根据负载测试结果调整
	runtime.GOMAXPROCS(4) // 在4核机器上
}
