// golden: stdin=stdin_text.in
// bufio.Reader.ReadString('\n') over os.Stdin until io.EOF, keeping the last partial line.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	b, err := r.ReadByte()
	fmt.Println("after EOF:", b, err)
}
