package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func run(name string, flags uint, chunks ...string) {
	var sb strings.Builder
	w := tabwriter.NewWriter(&sb, 0, 8, 1, '.', flags)
	for _, c := range chunks {
		n, err := w.Write([]byte(c))
		if n != len(c) || err != nil {
			fmt.Println("write:", n, err)
		}
	}
	w.Flush()
	fmt.Printf("== %s %d\n%q\n", name, flags, sb.String())
}

func main() {
	esc := "a\xffb\tc\xff\td\n" +
		"\xff\xff\tx\n" +
		"long cell\t\xff日本\xff\ty\n"
	run("escape", 0, esc)
	run("strip", tabwriter.StripEscape, esc)
	run("escape across writes", 0, "a\xffb\t", "c\xff\tq\nlonger\tz\n")
	run("unterminated escape", 0, "ab\tcd\n\xffxyz\tq")
	run("unterminated strip", tabwriter.StripEscape, "ab\tcd\n\xffxyz\tq")
	run("unterminated empty strip", tabwriter.StripEscape, "ab\tcd\nq\t\xff")

	html := "<b>bold</b>\t&amp;\tx\n" +
		"plain\t&lt;&gt;\ty\n" +
		"a<i\tb>c\t&unterminated\tz\n" +
		"end\n"
	run("html unfiltered", 0, html)
	run("html", tabwriter.FilterHTML, html)
	run("html strip", tabwriter.FilterHTML|tabwriter.StripEscape, html+"\xff<x>\xff\tq\n")
	run("html entity across writes", tabwriter.FilterHTML, "a&am", "p;\tb\n", "cc\td\n")

	// Runes split across writes count once.
	run("split rune", 0, "h\xc3", "\xa9llo\tx\nab\ty\n")

	// Output written as lines complete: a one-cell line flushes.
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaa\tbbbbbb\tc")
	fmt.Println("-- before one-cell line")
	fmt.Fprintln(w, "single")
	fmt.Println("-- after one-cell line")
	fmt.Fprintln(w, "x\ty")
	fmt.Fprint(w, "xxxxxxxx\ty\f")
	fmt.Println("-- after form feed")
	fmt.Fprint(w, "pending\tcell")
	fmt.Println("-- before flush")
	w.Flush()
	fmt.Println()
	fmt.Println("-- flushed")
	w.Flush()

	// Init reuses a Writer and drops what it buffered.
	fmt.Fprint(w, "dropped\ttext\n\t")
	w.Init(os.Stdout, 6, 4, 0, '*', tabwriter.AlignRight)
	fmt.Fprint(w, "k\tv\nkey\tvalue\n")
	w.Flush()
	w.Init(os.Stdout, 0, 4, 1, '\t', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprint(w, "k\tv\nkey\tvalue\n")
	w.Flush()

	// Errors of the output.
	bad := tabwriter.NewWriter(failing{}, 0, 8, 1, ' ', 0)
	n, err := bad.Write([]byte("ab\tc\nline\n"))
	fmt.Println(n, err)
	fmt.Println(bad.Flush())
	short := tabwriter.NewWriter(shortW{}, 0, 8, 1, ' ', 0)
	fmt.Fprint(short, "ab\tc")
	fmt.Println(short.Flush())

	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(os.Stdout, 0, -1, 0, ' ', 0)
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, fmt.Errorf("disk full") }

type shortW struct{}

func (shortW) Write(p []byte) (int, error) { return len(p) - 1, nil }
