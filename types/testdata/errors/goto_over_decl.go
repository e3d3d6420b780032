package main

func main() {
	if true {
		goto done
	}
	var x int
	println(x)
done:
	println("done")
}
