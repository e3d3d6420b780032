// The errors of Sscan and Sscanln: each kind with its exact text, and the count of
// operands stored before it. Each case scans into fresh operands.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type point struct{ x, y int }

type scanCase struct {
	label    string
	scan     func(string, ...any) (int, error)
	input    string
	operands []any
}

// values are what the operands point to (the type of one that is not a pointer).
func values(operands []any) []any {
	var vals []any
	for _, op := range operands {
		switch p := op.(type) {
		case *int:
			vals = append(vals, *p)
		case *int8:
			vals = append(vals, *p)
		case *uint8:
			vals = append(vals, *p)
		case *uint:
			vals = append(vals, *p)
		case *float64:
			vals = append(vals, *p)
		case *bool:
			vals = append(vals, *p)
		case *string:
			vals = append(vals, fmt.Sprintf("%q", *p))
		default:
			vals = append(vals, fmt.Sprintf("%T", op))
		}
	}
	return vals
}

func main() {
	cases := []scanCase{
		{"empty input", fmt.Sscan, "", []any{new(int)}},
		{"only spaces", fmt.Sscan, "   \n\t ", []any{new(int)}},
		{"one short", fmt.Sscan, "5", []any{new(int), new(int)}},
		{"expected integer", fmt.Sscan, "x", []any{new(int)}},
		{"lone sign", fmt.Sscan, "-", []any{new(int)}},
		{"sign into uint", fmt.Sscan, "-5", []any{new(uint)}},
		{"int range", fmt.Sscan, "99999999999999999999", []any{new(int)}},
		{"uint range", fmt.Sscan, "99999999999999999999", []any{new(uint)}},
		{"int8 overflow", fmt.Sscan, "300", []any{new(int8)}},
		{"int8 underflow", fmt.Sscan, "-129", []any{new(int8)}},
		{"uint8 overflow", fmt.Sscan, "256", []any{new(uint8)}},
		{"bare 0x", fmt.Sscan, "0x", []any{new(int)}},
		{"0b2", fmt.Sscan, "0b2", []any{new(int)}},
		{"double underscore", fmt.Sscan, "1__0", []any{new(int)}},
		{"leading underscore", fmt.Sscan, "_1", []any{new(int)}},
		{"tru", fmt.Sscan, "tru", []any{new(bool)}},
		{"fals", fmt.Sscan, "fals", []any{new(bool)}},
		{"tx", fmt.Sscan, "tx", []any{new(bool)}},
		{"yes", fmt.Sscan, "yes", []any{new(bool)}},
		{"2 into bool", fmt.Sscan, "2", []any{new(bool)}},
		{"float 1.5.5", fmt.Sscan, "1.5.5", []any{new(float64)}},
		{"float x", fmt.Sscan, "x", []any{new(float64)}},
		{"float 1_.5", fmt.Sscan, "1_.5", []any{new(float64)}},
		{"not a pointer", fmt.Sscan, "1 2", []any{0}},
		{"struct pointer", fmt.Sscan, "1", []any{&point{}}},
		{"map pointer", fmt.Sscan, "1", []any{new(map[string]int)}},
		{"Sscanln unexpected newline", fmt.Sscanln, "1\n2", []any{new(int), new(int)}},
		{"Sscanln leading newline", fmt.Sscanln, "\n1 2", []any{new(int), new(int)}},
		{"Sscanln expected newline", fmt.Sscanln, "1 2 3", []any{new(int), new(int)}},
		{"Sscanln trailing text", fmt.Sscanln, "1 2x", []any{new(int), new(int)}},
		{"Sscanln eof", fmt.Sscanln, "1", []any{new(int), new(int)}},
		{"Sscanln crlf", fmt.Sscanln, "word\r\n", []any{new(string)}},
		{"Sscanln lone cr", fmt.Sscanln, "word\rx", []any{new(string)}},
	}
	for _, c := range cases {
		n, err := c.scan(c.input, c.operands...)
		fmt.Printf("%-26s n=%d err=%v vals=%v\n", c.label, n, err, values(c.operands))
	}

	var x int
	_, err := fmt.Sscan("", &x)
	fmt.Println("empty input is io.EOF:", err == io.EOF)
	_, err = fmt.Sscan("99999999999999999999", &x)
	var numErr *strconv.NumError
	fmt.Println("range error is a NumError:", errors.As(err, &numErr), errors.Is(err, strconv.ErrRange))
}
