// strconv: Itoa, Atoi and its errors, ParseInt/ParseUint/ParseFloat/ParseBool, Format*, Quote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0)+"!")
	for _, s := range []string{"123", "-7", "+8", "12a", "", "99999999999999999999", " 1"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"1_000", 0, 64}, {"300", 10, 8}, {"z", 36, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	for _, s := range []string{"3.25", "1e10", "-0.5", "inf", "NaN", "abc", "1e400", "0x1p-2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(255, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.5, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatBool(true))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.Quote("日本\x00"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
