// Method expressions on an interface type: Speaker.Speak takes the interface as its first
// argument.
package main

import "fmt"

type Speaker interface{ Speak(times int) string }

type Cat struct{}

func (Cat) Speak(n int) string { return fmt.Sprint("meow x", n) }

type Cow string

func (c Cow) Speak(n int) string { return string(c) + fmt.Sprint(" moo x", n) }

func main() {
	speak := Speaker.Speak
	fmt.Printf("%T\n", speak)
	fmt.Println(speak(Cat{}, 2), speak(Cow("daisy"), 1))
	for _, s := range []Speaker{Cat{}, Cow("bella")} {
		fmt.Println(speak(s, 3))
	}
}
