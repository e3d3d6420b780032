// Predeclared identifiers and package names can be shadowed by local declarations.
package main

import (
	"fmt"
	"strings"
)

type int32 = string

func main() {
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true, !true)
	}
	nil := 7
	fmt.Println(nil + 1)
	var x int32 = "int32 is a string here"
	fmt.Println(x)
	strings := []string{"shadowed", "package"}
	fmt.Println(strings[1])
	iota := 3
	fmt.Println(iota)
	append := "append"
	fmt.Println(append)
	{
		fmt := "fmt shadowed"
		_ = fmt
	}
	fmt.Println(upper("still works"))
}

func upper(s string) string { return strings.ToUpper(s) }
