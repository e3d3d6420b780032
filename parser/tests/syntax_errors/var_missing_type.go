package main

var x

func main() {}
