package main

var a = b
var b = a

type I interface{ I }

const c = c

func f() int { return g() }
func g() int { return x }

var x = f()

func main() {}
