package main

func main() {
	_ = `raw
