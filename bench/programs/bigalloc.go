// Memory: one make([]byte, 100_000_000), every 4096th byte written and read back. Go's
// resident set is about the 100 MB asked for; bench/run.sh prints minigo's against it.
package main

import "fmt"

func main() {
	buf := make([]byte, 100_000_000)
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = byte(i / 4096)
	}
	sum := 0
	for i := 0; i < len(buf); i += 4096 {
		sum += int(buf[i])
	}
	fmt.Println("pages:", (len(buf)+4095)/4096, "checksum:", sum)
}
