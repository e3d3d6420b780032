package main

func main() {
	var a int = "1"
	var b int = "1"
	var c int = "1"
	var d int = "1"
	var e int = "1"
	var f int = "1"
	var g int = "1"
	var h int = "1"
	var i int = "1"
	var j int = "1"
	var k int = "1"
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k
}
