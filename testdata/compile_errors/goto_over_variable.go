package main

import "fmt"

func main() {
	goto done
	x := 1
	fmt.Println(x)
done:
	fmt.Println("done")
}
