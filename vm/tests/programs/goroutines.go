package main

import (
	"fmt"
	"strconv"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		results <- fmt.Sprint(id*0 + j*j)
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	for w := 0; w < 3; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 5; i++ {
		n, _ := strconv.Atoi(<-results)
		sum += n
	}
	fmt.Println("sum", sum)
	done := make(chan struct{})
	data := make(chan int)
	go func() {
		defer close(done)
		for {
			select {
			case v, ok := <-data:
				if !ok {
					fmt.Println("closed")
					return
				}
				fmt.Println("got", v)
			}
		}
	}()
	data <- 1
	data <- 2
	close(data)
	<-done
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println(v)
	default:
		fmt.Println("default")
	}
	c := make(chan int, 1)
	c <- 7
	v, ok := <-c
	close(c)
	v2, ok2 := <-c
	fmt.Println(v, ok, v2, ok2, len(c), cap(c))
}
