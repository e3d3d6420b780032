package main

func main() {
	var v interface{} = 1
	switch x := v.(type) {
	case int:
	}
}
