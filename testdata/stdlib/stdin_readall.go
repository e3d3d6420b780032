// golden: stdin=stdin_text.in
// io.ReadAll(os.Stdin): the whole input at once, then nothing more.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	fmt.Printf("%q\n", strings.Split(string(data), "\n"))
	more, err := io.ReadAll(os.Stdin)
	fmt.Println(len(more), err)
	buf := make([]byte, 4)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err)
}
