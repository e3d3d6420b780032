// Method values through interfaces; interface values holding pointers.
package main

import (
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + " says woof" }

type Robot string

func (r Robot) Speak() string { return strings.ToUpper(string(r)) + " BEEPS" }

func main() {
	d := &Dog{"rex"}
	var s Speaker = d
	speak := s.Speak // bound to the interface's dynamic value, the pointer d
	d.name = "max"
	fmt.Println(speak())
	var r Speaker = Robot("r2")
	speak = r.Speak
	fmt.Println(speak())
	fs := map[string]func() string{"dog": d.Speak, "robot": Robot("hal").Speak}
	fmt.Println(fs["dog"](), fs["robot"]())
	var speakers []Speaker
	for _, n := range []string{"a", "b"} {
		speakers = append(speakers, &Dog{n})
	}
	for _, sp := range speakers {
		fmt.Println(sp.Speak())
	}
	fmt.Printf("%T\n", speak)
}
