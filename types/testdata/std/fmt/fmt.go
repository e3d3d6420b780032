package fmt

import "strings"

type Stringer interface {
	String() string
}

func Println(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string

func Upper(s string) string { return strings.ToUpper(s) }
