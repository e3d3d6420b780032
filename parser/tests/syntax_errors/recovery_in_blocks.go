package main

func main() {
	x := 1
	if x > 0 {
		a b
	} else {
		x = 2
	}
	select {
	case v, ok := <-c:
		y z
	case c <- 1:
	}
	go func() {
		p q
	}()
}
