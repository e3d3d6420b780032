// Small text utilities: palindromes, anagram groups, Caesar cipher, rune-wise reversal, and
// run-length encoding.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
}

func sortedKey(w string) string {
	b := []byte(w)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "été", ""} {
		fmt.Printf("%q palindrome=%v reversed=%q\n", s, isPalindrome(s), reverse(s))
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google elgoog inlets banana") {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	fmt.Println(rle("aaabccddddd"), rle("日日本"), rle(""))
}
