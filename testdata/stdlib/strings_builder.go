// strings.Builder and strings.NewReplacer / NewReader basics.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	var sb strings.Builder
	sb.Grow(64)
	words := []string{"the", "quick", "brown", "fox"}
	for i, w := range words {
		if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	n, _ := sb.WriteString("!")
	fmt.Println(n, sb.Len())
}
