package main

type T T

func main() {}
