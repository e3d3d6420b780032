// strings: the whole API over non-ASCII and invalid UTF-8 input, split/cut/trim corner cases,
// Builder growth, Reader, Replacer priorities, and the panics of Repeat and Builder.Grow.
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"", "a", "héllo wörld", "a\xffb", "ΑΒΓ αβγ", "  \t\n x y\u00a0\u2003", "ǅǆǄ", "ß", "İı", "ﬃ", "a,b,,c,", "日本語日本"}
	for _, s := range inputs {
		fmt.Printf("%q: up=%q low=%q title=%q trim=%q fields=%q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.TrimSpace(s), strings.Fields(s))
		fmt.Printf("  split=%q after=%q splitN2=%q splitEmpty=%q splitEmpty2=%q\n", strings.Split(s, ","), strings.SplitAfter(s, ","), strings.SplitN(s, ",", 2), strings.Split(s, ""), strings.SplitN(s, "", 2))
		fmt.Printf("  idx=%d %d %d %d %d %d %d %d\n", strings.Index(s, "本"), strings.LastIndex(s, "本"), strings.IndexRune(s, 'ö'), strings.IndexRune(s, utf8RuneError), strings.IndexAny(s, "xö,"), strings.LastIndexAny(s, "xö,"), strings.IndexByte(s, 'b'), strings.LastIndexByte(s, ','))
		fmt.Printf("  count=%d %d contains=%v %v %v map=%q\n", strings.Count(s, ""), strings.Count(s, "日本"), strings.ContainsAny(s, "αz"), strings.ContainsRune(s, 'ß'), strings.Contains(s, ""), strings.Map(drop, s))
		fmt.Printf("  trim=%q %q %q func=%q %q %q\n", strings.Trim(s, "a日 "), strings.TrimLeft(s, "ah本日"), strings.TrimRight(s, ",本"), strings.TrimFunc(s, unicode.IsLetter), strings.TrimLeftFunc(s, unicode.IsSpace), strings.TrimRightFunc(s, unicode.IsSpace))
		fmt.Printf("  fieldsFunc=%q indexFunc=%d %d replace=%q %q %q\n", strings.FieldsFunc(s, isComma), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsLower), strings.Replace(s, "", "-", 3), strings.ReplaceAll(s, "日本", "J"), strings.Replace(s, ",", ";", 2))
	}
	pairs := [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"ß", "SS"}, {"K", "\u212a"}, {"a\xff", "A\xff"}, {"", ""}, {"ab", "a"}, {"ǅ", "ǆ"}}
	for _, p := range pairs {
		fmt.Println(strings.EqualFold(p[0], p[1]), strings.Compare(p[0], p[1]), p[0] < p[1])
	}
	for _, sep := range []string{"", "a", "ab", "x"} {
		b, a, f := strings.Cut("banana", sep)
		p, pf := strings.CutPrefix("banana", sep)
		q, qf := strings.CutSuffix("banana", sep)
		fmt.Println(b, a, f, p, pf, q, qf, strings.Count("banana", sep), strings.LastIndex("banana", sep), strings.Index("banana", sep))
	}
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		fmt.Printf("%d %q %q %q\n", n, strings.SplitN("a,b,c", ",", n), strings.SplitAfterN("a,b,c", ",", n), strings.Replace("aaa", "a", "b", n))
	}
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"x"}, ","), strings.Join([]string{"x", "", "y"}, "--"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0), strings.HasPrefix("", ""), strings.HasSuffix("a", "ba"))
	fmt.Println(strings.Title("hello wide-world ǆx o'neil"), strings.ToUpper("ǆ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.Clone("abc"), strings.ContainsFunc("abc", unicode.IsDigit), strings.IndexByte("abc", 'z'))

	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap(), sb.String() == "")
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap() >= 10)
	sb.WriteString("héllo")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune(-1)
	sb.WriteRune(0x110000)
	sb.Write([]byte("!"))
	fmt.Fprintf(&sb, "%d", 42)
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())

	r := strings.NewReader("héllo")
	fmt.Println(r.Len(), r.Size())
	c, _ := r.ReadByte()
	ch, size, _ := r.ReadRune()
	fmt.Println(c, ch, size, r.Len())
	fmt.Println(r.UnreadRune(), r.Len())
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)

	for _, rp := range []*strings.Replacer{
		strings.NewReplacer("a", "1", "aa", "2", "b", "3"),
		strings.NewReplacer("aa", "2", "a", "1"),
		strings.NewReplacer("", "X"),
		strings.NewReplacer("a", "A", "", "X"),
		strings.NewReplacer("", "X", "a", "A"),
		strings.NewReplacer("a", "1", "a", "2"),
		strings.NewReplacer("é", "e", "日本", "Japan"),
		strings.NewReplacer("x", "y"),
		strings.NewReplacer(),
	} {
		fmt.Printf("%q\n", rp.Replace("aaab é日本"))
		var w strings.Builder
		n, err := rp.WriteString(&w, "aab")
		fmt.Println(w.String(), n, err)
	}
	tryPanic(func() { strings.Repeat("x", -1) })
	tryPanic(func() { var b strings.Builder; b.Grow(-1) })
	tryPanic(func() { strings.NewReplacer("a") })
}

const utf8RuneError = '\uFFFD'

func drop(r rune) rune {
	switch {
	case r == 'l':
		return -1
	case r == 'a':
		return 'α'
	}
	return r
}

func isComma(r rune) bool { return r == ',' || r == ' ' }

func tryPanic(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func init() {
	r := strings.NewReader("aé")
	fmt.Println(r.UnreadByte(), r.UnreadRune())
	r.ReadByte()
	fmt.Println(r.UnreadRune(), r.UnreadByte(), r.Len())
	b := make([]byte, 5)
	n, err := r.ReadAt(b, 1)
	fmt.Println(n, err, b[:n])
	n, err = r.ReadAt(b, 3)
	fmt.Println(n, err)
	n, err = r.ReadAt(b, -1)
	fmt.Println(n, err)
	n, err = r.ReadAt(b[:1], 0)
	fmt.Println(n, err)
	var sb strings.Builder
	w, err := r.WriteTo(&sb)
	fmt.Println(w, err, sb.String(), r.Len())
	w, err = r.WriteTo(&sb)
	fmt.Println(w, err)
	r.Reset("xyz")
	fmt.Println(r.Len(), r.Size())
	r.ReadRune()
	r.Read(b[:0])
	fmt.Println(r.UnreadRune())
}
