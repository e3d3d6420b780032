// Widths and precisions count runes, not bytes; padding of chars, quoted strings and bytes.
package main

import "fmt"

func main() {
	fmt.Printf("[%-6s][%6s][%.1s][%6.2s]\n", "日本", "héllo", "日本", "日本語")
	fmt.Printf("[%3c][%-3c][%03d][%08b][%-8x]\n", '世', 'x', 7, 5, "hi")
	fmt.Printf("[%8q][%-8q][%+8q]\n", "é", 'é', "é")
	fmt.Printf("[%6v][%-6v][%6v]\n", true, nil, 'x')
	fmt.Printf("[%5t][%-7.3f][%+.2e]\n", false, 3.14159, 12345.678)
	fmt.Printf("[%x][% X][%#x]\n", []byte("日"), []byte{1, 2, 255}, "go")
	fmt.Printf("[%10.4v][%-10.3v]\n", 3.14159265, "abcdef")
	fmt.Printf("[%2d][%-4d][%+4d][% 4d]\n", 12345, -1, 5, 5)
	fmt.Printf("%s|%v|%d\n", []string{"日", "本"}, [2]string{"a", "b"}, []int8{-1, 2})
	fmt.Printf("%6.2f%%\n", 99.5)
}
