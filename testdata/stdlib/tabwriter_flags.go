package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

const table = "name\tqty\tprice\tnote\n" +
	"apple\t3\t1.25\tred\n" +
	"kiwi\t12\t0.5\n" +
	"watermelon\t1\t4.999\tbig and heavy\n" +
	"\n" +
	"héllo wörld\t∑\t\tx\n" +
	"a\tb\tc\td\te\n" +
	"no tabs on this line\n" +
	"x\ty\n" +
	"\t\tindented\tcell\n" +
	"\tone\n"

// out shows the layout with the invisible padding made visible.
type out struct{ sb *strings.Builder }

func (o out) Write(p []byte) (int, error) {
	o.sb.Write(p)
	return len(p), nil
}

func run(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(out{&sb}, minwidth, tabwidth, padding, padchar, flags)
	fmt.Fprint(w, text)
	if err := w.Flush(); err != nil {
		fmt.Println("error:", err)
	}
	s := strings.ReplaceAll(sb.String(), "\t", "→")
	fmt.Printf("== %s (%d,%d,%d,%q,%d)\n%s<END>\n", name, minwidth, tabwidth, padding, padchar, flags, s)
}

func main() {
	run("plain", 0, 8, 1, ' ', 0, table)
	run("dots", 5, 0, 2, '.', 0, table)
	run("right", 0, 8, 1, ' ', tabwriter.AlignRight, table)
	run("right debug", 3, 8, 1, '-', tabwriter.AlignRight|tabwriter.Debug, table)
	run("debug", 0, 4, 1, ' ', tabwriter.Debug, table)
	run("tabs", 0, 8, 1, '\t', 0, table)
	run("tabs right", 0, 4, 0, '\t', tabwriter.AlignRight, table)
	run("tabs zero width", 0, 0, 1, '\t', 0, table)
	run("tabindent", 0, 4, 1, ' ', tabwriter.TabIndent, table)
	run("tabindent debug", 2, 4, 1, '_', tabwriter.TabIndent|tabwriter.Debug, table)

	soft := "a\vb\v\vc\n" +
		"aa\vbb\v\vcc\n" +
		"\v\v\v\n" +
		"x\t\ty\n" +
		"xx\t\tyy\n"
	run("soft", 0, 8, 1, '.', 0, soft)
	run("discard", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, soft)
	run("discard debug", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns|tabwriter.Debug, soft)
	run("discard minwidth", 4, 8, 1, '.', tabwriter.DiscardEmptyColumns, soft)

	// Unterminated last cells, text without a final newline.
	run("open end", 0, 8, 1, '.', 0, "a\tb\tc")
	run("open tab end", 0, 8, 1, '.', 0, "a\tb\t")
	run("open tab end 2", 0, 8, 1, '.', 0, "aaa\tb\t\nc\td\t")
	run("empty", 0, 8, 1, '.', 0, "")
	run("only newlines", 0, 8, 1, '.', 0, "\n\n")
	run("form feed", 0, 8, 1, '.', 0, "a\tbbbb\tc\nxxx\ty\fzz\tw\nq\tr\n")
	run("form feed debug", 0, 8, 1, '.', tabwriter.Debug, "a\tbbbb\tc\nxxx\ty\fzz\tw\f\fq\tr\n")
	run("columns", 0, 8, 1, '.', 0, "a\tb\tc\naa\tb\nccc\td\te\tf\n\tg\th\n1\n2\t3\n")
}
