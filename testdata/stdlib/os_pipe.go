// os.Pipe: a goroutine blocked reading a pipe does not hold the only P (the read is a
// blocking system call), so main can run and write what the reader waits for. The
// reader's replies come back over a second pipe, bufio line by line.
// golden: gomaxprocs=1,2
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	back, backW, _ := os.Pipe()
	started := make(chan bool)
	go func() {
		started <- true
		// Blocks in read(2) until main writes: at GOMAXPROCS=1 main can only run if this
		// goroutine's P is handed off while it waits.
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			fmt.Fprintln(backW, strings.ToUpper(sc.Text()))
		}
		fmt.Fprintln(backW, "reader saw EOF:", sc.Err())
		backW.Close()
	}()
	<-started
	replies := bufio.NewReader(back)
	for _, word := range []string{"ping", "pong", "done"} {
		fmt.Fprintln(w, word)
		line, err := replies.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
	}
	w.Close()
	rest, err := io.ReadAll(back)
	fmt.Printf("%q %v\n", rest, err)
	_, err = w.Write([]byte("late"))
	fmt.Println(err)
	r.Close()
	back.Close()

	// Writing to a pipe nobody reads any more fails with EPIPE.
	r2, w2, _ := os.Pipe()
	r2.Close()
	_, err = w2.Write([]byte("x"))
	fmt.Println(err)
	w2.Close()
	fmt.Println(r.Name(), w.Name())
}
