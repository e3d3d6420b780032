// Sscanf: every verb, widths, literal text, %%, and the rules for spaces and newlines
// in the format and the input, with Go's error for each mismatch. Each case scans into
// fresh operands and prints the values they hold afterwards.
package main

import "fmt"

type scanCase struct {
	label, input, format string
	operands             []any
}

// values are what the operands point to.
func values(operands []any) []any {
	var vals []any
	for _, op := range operands {
		switch p := op.(type) {
		case *int:
			vals = append(vals, *p)
		case *uint:
			vals = append(vals, *p)
		case *int32:
			vals = append(vals, *p)
		case *uint8:
			vals = append(vals, *p)
		case *float64:
			vals = append(vals, *p)
		case *float32:
			vals = append(vals, *p)
		case *bool:
			vals = append(vals, *p)
		case *string:
			vals = append(vals, fmt.Sprintf("%q", *p))
		case *[]byte:
			vals = append(vals, fmt.Sprintf("%q", *p))
		}
	}
	return vals
}

func main() {
	cases := []scanCase{
		{"int verbs", "12 ff 17 101", "%d %x %o %b", []any{new(int), new(int), new(int), new(uint)}},
		{"hex upper and signs", "FF -1f +10", "%X %x %d", []any{new(int), new(int), new(int)}},
		{"%v prefixes", "0x10 0b11 010", "%v %v %v", []any{new(int), new(int), new(int)}},
		{"%d stops at x", "0x10", "%d", []any{new(int)}},
		{"%d no underscores", "1_000", "%d", []any{new(int)}},
		{"%U", "U+1F600", "%U", []any{new(rune)}},
		{"%c", "xyz", "%c%c", []any{new(rune), new(byte)}},
		{"%c takes a space", " é", "%c", []any{new(rune)}},
		{"%c into int", "ab", "%c %c", []any{new(rune), new(int)}},
		{"%c overflow byte", "世", "%c", []any{new(byte)}},
		{"float verbs", "3.5 1e2 -2.5E-1 0x1p3", "%f %g %e %v", []any{new(float64), new(float32), new(float64), new(float64)}},
		{"float %x", "1.5", "%x", []any{new(float64)}},
		{"bool verbs", "true f", "%t %v", []any{new(bool), new(bool)}},
		{"%s %v", "hello world", "%s %v", []any{new(string), new(string)}},
		{"%q", `"a\tb" ` + "`raw\\n`", "%q %q", []any{new(string), new(string)}},
		{"%x string", "68656c6c6f 414243", "%x %X", []any{new(string), new([]byte)}},
		{"%x bad digit", "6g", "%x", []any{new(string)}},
		{"%x no data", "zz", "%x", []any{new(string)}},
		{"%q unquoted", "abc", "%q", []any{new(string)}},
		{"%q unterminated", `"abc`, "%q", []any{new(string)}},
		{"%q bad escape", `"\z"`, "%q", []any{new(string)}},
		{"width doc 1", " 1234567 ", "%5s%d", []any{new(string), new(int)}},
		{"width doc 2", " 12 34 567 ", "%5s%d", []any{new(string), new(int)}},
		{"int widths", "123456", "%2d%3d%d", []any{new(int), new(int), new(int)}},
		{"float width", "3.14159", "%4f%d", []any{new(float64), new(int)}},
		{"width counts runes", "héllo", "%2s%s", []any{new(string), new(string)}},
		{"literals", "(3, 4)", "(%d, %d)", []any{new(int), new(int)}},
		{"literal prefix", "age=42;", "age=%d;", []any{new(int)}},
		{"percent literal", "50%", "%d%%", []any{new(int)}},
		{"percent after space", "50 %", "%d %%", []any{new(int)}},
		{"percent mismatch", "50x", "%d%%", []any{new(int)}},
		{"percent with width", "5 %", "%d %5%", []any{new(int)}},
		{"missing literal percent", "5 x", "%d %5%", []any{new(int)}},
		{"literal mismatch", "[7]", "(%d)", []any{new(int)}},
		{"literal at eof", "7", "%d,%d", []any{new(int), new(int)}},
		{"operand at eof", "7,", "%d,%d", []any{new(int), new(int)}},
		{"too many operands", "1 2", "%d", []any{new(int), new(int)}},
		{"too few operands", "1 2", "%d %d", []any{new(int)}},
		{"too few with width", "1", "%d %5d", []any{new(int)}},
		{"percent at end", "1", "%d%", []any{new(int)}},
		{"bad verb int", "1", "%s", []any{new(int)}},
		{"bad verb string", "1", "%d", []any{new(string)}},
		{"bad verb float", "1", "%d", []any{new(float64)}},
		{"bad verb bool", "1", "%d", []any{new(bool)}},
		{"bad verb bool x", "1", "%x", []any{new(bool)}},
		{"uint %d", "1", "%d", []any{new(uint)}},
		{"unknown verb", "x", "%z", []any{new(int)}},
		{"no verbs", "abc", "abc", []any{}},
		{"no verbs mismatch", "abd", "abc", []any{}},
		{"empty input", "", "%d", []any{new(int)}},
		{"%c at eof", "", "%c", []any{new(rune)}},
		{"empty both", "", "", []any{}},
		{"newline matches", "1\n2", "%d\n%d", []any{new(int), new(int)}},
		{"spaces around newline", "1  \n  2", "%d \n %d", []any{new(int), new(int)}},
		{"newline vs space", "1\n2", "%d %d", []any{new(int), new(int)}},
		{"space vs newline", "1 2", "%d\n%d", []any{new(int), new(int)}},
		{"two newlines vs one", "1\n\n2", "%d\n%d", []any{new(int), new(int)}},
		{"two newlines", "1\n\n2", "%d\n\n%d", []any{new(int), new(int)}},
		{"format newline at eof", "1", "%d\n", []any{new(int)}},
		{"trailing input newline", "1\n", "%d", []any{new(int)}},
		{"crlf input", "1\r\n2", "%d\n%d", []any{new(int), new(int)}},
		{"crlf format", "1\n2", "%d\r\n%d", []any{new(int), new(int)}},
		{"space needs space", "12", "%d %d", []any{new(int), new(int)}},
		{"expected space", "1x", "%d x", []any{new(int)}},
		{"trailing space", "1 ", "%d ", []any{new(int)}},
		{"trailing space at eof", "1", "%d ", []any{new(int)}},
		{"space vs final newline", "1\n", "%d ", []any{new(int)}},
		{"tabs", "1\t\t2", "%d\t%d", []any{new(int), new(int)}},
		{"space before literal", "x:1", "x :%d", []any{new(int)}},
		{"verbs across newline", "a\nb", "%s%s", []any{new(string), new(string)}},
		{"newline ends", "a\n", "%s\n", []any{new(string)}},
		{"leading newline", "\n5", "\n%d", []any{new(int)}},
		{"leading spaces", "  5", "%d", []any{new(int)}},
		{"format leading spaces", "5", "  %d", []any{new(int)}},
		{"format space before x", "x5", " x%d", []any{new(int)}},
		{"%c overflow byte at 200", "È", "%c", []any{new(byte)}},
		{"%5% at eof", "5 ", "%d %5%", []any{new(int)}},
		{"%% at eof", "5 ", "%d %%", []any{new(int)}},
		{"width stops before last byte", "12", "%12", []any{new(int)}},
		{"zero width", "ab", "%0s", []any{new(string)}},
		{"%q cut by width", `"ab" x`, "%3q", []any{new(string)}},
		{"%U lower case", "u+1", "%U", []any{new(rune)}},
		{"%U without digits", "U+", "%U", []any{new(rune)}},
		{"%1s then %c", "ab", "%1s%c", []any{new(string), new(int)}},
		{"crlf vs trailing space", "1\r\n", "%d ", []any{new(int)}},
		{"newline before %%", "50\n%", "%d%%", []any{new(int)}},
	}
	for _, c := range cases {
		n, err := fmt.Sscanf(c.input, c.format, c.operands...)
		fmt.Printf("%-30s n=%d err=%v vals=%v\n", c.label, n, err, values(c.operands))
	}
}
