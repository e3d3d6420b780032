package main

import "strings"

func main() {
	strings.nosuch()
}
