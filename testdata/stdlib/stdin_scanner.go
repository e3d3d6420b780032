// golden: stdin=stdin_text.in
// bufio.Scanner reading os.Stdin line by line (dropping a \r before \n), then Scan after the end.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d: %q\n", lines, sc.Text())
	}
	fmt.Println("err:", sc.Err(), "lines:", lines)
	fmt.Println("again:", sc.Scan())
}
