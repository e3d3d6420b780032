// Struct embedding: promoted fields and methods, shadowing, embedded pointers.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Sound() string      { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

type Base struct{ ID int }
type Middle struct{ Base }
type Top struct {
	Middle
	ID string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.SetName("Max")
	fmt.Println(d.Name)
	fmt.Printf("%+v\n", d)
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	t := Top{Middle{Base{7}}, "top"}
	fmt.Println(t.ID, t.Middle.ID, t.Base.ID)
}
