package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.NewReplacer("a", "b")
		.Replace("abc")
	fmt.Println(s)
}
