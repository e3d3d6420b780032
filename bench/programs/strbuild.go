// CPU: string building -- strings.Builder, strconv formatting and parsing, string length.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 500_000; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(',')
	}
	s := sb.String()
	sum := 0
	for _, field := range strings.Split(s[:len(s)-1], ",") {
		n, err := strconv.Atoi(field)
		if err != nil {
			panic(err)
		}
		sum += n
	}
	fmt.Println(len(s), sum, strings.Count(s, "99"))
}
