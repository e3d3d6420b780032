// The errors of Sscan and Sscanln: each kind with its exact text, and the count of
// operands stored before it.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type point struct{ x, y int }

func report(label string, n int, err error, vals ...any) {
	fmt.Printf("%-26s n=%d err=%v vals=%v\n", label, n, err, vals)
}

func main() {
	var a, b int
	var i8 int8
	var u8 uint8
	var u uint
	var s string
	var t bool
	var f float64

	n, err := fmt.Sscan("", &a)
	report("empty input", n, err, a)
	fmt.Println("is io.EOF:", err == io.EOF)
	n, err = fmt.Sscan("   \n\t ", &a)
	report("only spaces", n, err, a)
	n, err = fmt.Sscan("5", &a, &b)
	report("one short", n, err, a, b)
	n, err = fmt.Sscan("x", &a)
	report("expected integer", n, err, a)
	n, err = fmt.Sscan("-", &a)
	report("lone sign", n, err, a)
	n, err = fmt.Sscan("-5", &u)
	report("sign into uint", n, err, u)
	n, err = fmt.Sscan("99999999999999999999", &a)
	report("int range", n, err, a)
	var ne *strconv.NumError
	fmt.Println("NumError:", errors.As(err, &ne), errors.Is(err, strconv.ErrRange))
	n, err = fmt.Sscan("99999999999999999999", &u)
	report("uint range", n, err, u)
	n, err = fmt.Sscan("300", &i8)
	report("int8 overflow", n, err, i8)
	n, err = fmt.Sscan("-129", &i8)
	report("int8 underflow", n, err, i8)
	n, err = fmt.Sscan("256", &u8)
	report("uint8 overflow", n, err, u8)
	n, err = fmt.Sscan("0x", &a)
	report("bare 0x", n, err, a)
	n, err = fmt.Sscan("0b2", &a)
	report("0b2", n, err, a)
	n, err = fmt.Sscan("1__0", &a)
	report("double underscore", n, err, a)
	n, err = fmt.Sscan("_1", &a)
	report("leading underscore", n, err, a)
	n, err = fmt.Sscan("tru", &t)
	report("tru", n, err, t)
	n, err = fmt.Sscan("fals", &t)
	report("fals", n, err, t)
	n, err = fmt.Sscan("tx", &t)
	report("tx", n, err, t)
	n, err = fmt.Sscan("yes", &t)
	report("yes", n, err, t)
	n, err = fmt.Sscan("2", &t)
	report("2 into bool", n, err, t)
	n, err = fmt.Sscan("1.5.5", &f)
	report("float 1.5.5", n, err, f)
	n, err = fmt.Sscan("x", &f)
	report("float x", n, err, f)
	n, err = fmt.Sscan("1_.5", &f)
	report("float 1_.5", n, err, f)
	n, err = fmt.Sscan("1 2", a)
	report("not a pointer", n, err)
	p := point{}
	n, err = fmt.Sscan("1", &p)
	report("struct pointer", n, err)
	var m map[string]int
	n, err = fmt.Sscan("1", &m)
	report("map pointer", n, err)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	report("Sscanln unexpected newline", n, err, a, b)
	n, err = fmt.Sscanln("\n1 2", &a, &b)
	report("Sscanln leading newline", n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	report("Sscanln expected newline", n, err, a, b)
	n, err = fmt.Sscanln("1 2x", &a, &b)
	report("Sscanln trailing text", n, err, a, b)
	n, err = fmt.Sscanln("1", &a, &b)
	report("Sscanln eof", n, err, a, b)
	n, err = fmt.Sscanln("word\r\n", &s)
	report("Sscanln crlf", n, err, s)
	n, err = fmt.Sscanln("word\rx", &s)
	report("Sscanln lone cr", n, err, s)
}
