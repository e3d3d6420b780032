// os.Getenv / os.LookupEnv, and writing to os.Stdout and os.Stderr directly.
// golden: env=GOLDEN_GREETING=hello from the environment
// golden: env=GOLDEN_EMPTY=
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(os.Getenv("GOLDEN_GREETING"))
	v, ok := os.LookupEnv("GOLDEN_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GOLDEN_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %v\n", v, ok)
	n, err := os.Stdout.WriteString("direct to stdout\n")
	fmt.Println(n, err)
	os.Stderr.Write([]byte("direct to stderr\n"))
	fmt.Fprintf(os.Stdout, "%s=%d\n", "answer", 42)
}
