// Roman numerals both ways, with validation errors, checked by a round trip.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	value  int
	symbol string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d out of range", n)
	}
	var sb strings.Builder
	for _, r := range numerals {
		for n >= r.value {
			sb.WriteString(r.symbol)
			n -= r.value
		}
	}
	return sb.String(), nil
}

var errInvalid = errors.New("invalid numeral")

func fromRoman(s string) (int, error) {
	total := 0
	rest := s
	for _, r := range numerals {
		for strings.HasPrefix(rest, r.symbol) {
			total += r.value
			rest = rest[len(r.symbol):]
		}
	}
	if rest != "" || s == "" {
		return 0, fmt.Errorf("%q: %w", s, errInvalid)
	}
	if back, _ := toRoman(total); back != s {
		return 0, fmt.Errorf("%q is not canonical (%s): %w", s, back, errInvalid)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		fmt.Println(n, r, err)
	}
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "ABC", ""} {
		n, err := fromRoman(s)
		fmt.Println(s, n, err, errors.Is(err, errInvalid))
	}
	ok := true
	for n := 1; n < 4000; n++ {
		r, _ := toRoman(n)
		if m, err := fromRoman(r); err != nil || m != n {
			ok = false
		}
	}
	fmt.Println("round trip ok:", ok)
}
