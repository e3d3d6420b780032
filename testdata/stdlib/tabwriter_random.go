package main

// Random tables under random settings, written in random chunks: a broad check of
// text/tabwriter's layout against Go's.

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

var seed uint32 = 12345

func next(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

var pieces = []string{"", "a", "bb", "ccc", "dddddd", "日本", "é", "x y", "<i>", "&amp;", "\xff\t\xff", "\xffq", "z"}
var seps = []string{"\t", "\t", "\t", "\v", "\n", "\n", "\f", ""}

func main() {
	for round := 0; round < 300; round++ {
		var sb strings.Builder
		for n := next(40); n > 0; n-- {
			sb.WriteString(pieces[next(len(pieces))])
			sb.WriteString(seps[next(len(seps))])
		}
		text := sb.String()
		flags := uint(next(64))
		padchars := []byte{' ', '.', '\t'}
		padchar := padchars[next(3)]
		minwidth, tabwidth, padding := next(5), next(9), next(4)
		var out strings.Builder
		w := tabwriter.NewWriter(&out, minwidth, tabwidth, padding, padchar, flags)
		for rest := text; len(rest) > 0; {
			k := next(len(rest)) + 1
			w.Write([]byte(rest[:k]))
			rest = rest[k:]
		}
		w.Flush()
		fmt.Printf("%d %d %d %d %d %q %q\n%q\n", round, flags, minwidth, tabwidth, padding, padchar, text, out.String())
	}
}
