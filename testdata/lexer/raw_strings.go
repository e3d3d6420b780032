// Raw string literals: no escapes, newlines kept, carriage returns dropped.
package main

import "fmt"

func main() {
	r := `a\nb\t"c"`
	fmt.Println(r, len(r))
	m := `line1
line2
	indented`
	fmt.Println(m)
	fmt.Printf("%q\n", m)
	fmt.Println(`\u65e5` == "\\u65e5", `` == "")
	fmt.Println(len(`日本`))
}
