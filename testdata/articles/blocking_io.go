// From seeds/002_331aef67ed7454d6.txt (第一章, "阻塞调用触发 M 脱离 P"): a blocking system call on /dev/null;
// during the read the M leaves its P. The article shows only the function: here main calls it.
// Prints nothing, exits 0.
package main

import "syscall"

// 示例：阻塞调用触发 M 脱离 P
func blockingIO() {
	fd, _ := syscall.Open("/dev/null", syscall.O_RDONLY, 0)
	var buf [1]byte
	syscall.Read(fd, buf[:]) // 此处 M 将脱离 P，P 可被其他 M 获取
}

func main() {
	blockingIO()
}
