// panic with a float and a named string type shows how Go prints their values.
package main

import "fmt"

type Msg string

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Msg("named string"))
	}()
	panic(1.5)
}
