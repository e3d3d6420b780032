// os: Setenv/Unsetenv/LookupEnv/Environ/Clearenv and Setenv's errors, Args, errors from
// opening a missing file, and Exit skipping deferred calls.
// golden: env=GOLDEN_KEEP=kept
// golden: args=first second
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	defer fmt.Println("never printed: Exit skips deferred calls")
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(os.Getenv("GOLDEN_KEEP"), os.Getenv("GOLDEN_NOT_SET_ANYWHERE"))
	fmt.Println(os.Setenv("GOLDEN_NEW", "v1"), os.Getenv("GOLDEN_NEW"))
	fmt.Println(os.Setenv("GOLDEN_NEW", ""))
	v, ok := os.LookupEnv("GOLDEN_NEW")
	fmt.Printf("%q %v\n", v, ok)
	for _, key := range []string{"", "A=B", "NUL\x00"} {
		err := os.Setenv(key, "x")
		var se *os.SyscallError
		fmt.Println(err, errors.As(err, &se), errors.Is(err, os.ErrInvalid))
	}
	fmt.Println(os.Setenv("GOLDEN_VAL", "a\x00b"))
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOLDEN_") {
			found++
		}
	}
	fmt.Println("GOLDEN_ vars:", found)
	fmt.Println(os.Unsetenv("GOLDEN_NEW"), os.Unsetenv("GOLDEN_NEVER"))
	v, ok = os.LookupEnv("GOLDEN_NEW")
	fmt.Printf("%q %v\n", v, ok)
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("GOLDEN_KEEP") == "")
	_, err := os.Open("/definitely/not/here.txt")
	var pe *os.PathError
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.As(err, &pe), pe.Op, pe.Path)
	os.Stdout.WriteString("exiting with 3\n")
	os.Exit(3)
}
