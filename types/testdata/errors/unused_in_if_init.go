package main

func f() (int, error) { return 0, nil }

func main() {
	if v, err := f(); err != nil {
		return
	}
}
