// strconv edge cases: range errors return the clamped value, underflow, every float format,
// quoting of invalid UTF-8 and control characters.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"127", "128", "-129", "-0", "+0", "0x80"} {
		n, err := strconv.ParseInt(s, 0, 8)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"1e-400", "-1e400", "4.9e-324", ".5", "5.", "1_000.5", "0x1.8p1", "Inf", "-infinity", "+NaN"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	x := 1234.5678
	for _, c := range []byte("eEfgGx") {
		fmt.Print(strconv.FormatFloat(x, c, -1, 64), " ", strconv.FormatFloat(x, c, 2, 64), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatInt(-9223372036854775808, 2), strconv.FormatUint(18446744073709551615, 16))
	fmt.Println(strconv.Quote("\xff\x01\u00a0\u2028"), strconv.QuoteToASCII("é\n"), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.IsPrint('\u00a0'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	_, err = strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
}
