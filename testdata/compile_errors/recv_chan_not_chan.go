// `<-` before a channel type whose element is not a channel: a syntax error.
package main

func main() {
	_ = make(<-chan<- int)
}
