package main

func main() {
	var i any = 1
	switch v := i.(type) {
	case int:
	}
}
