// Method sets: which types satisfy an interface, through embedding of values and pointers.
package main

import "fmt"

type Namer interface{ Name() string }
type Renamer interface {
	Namer
	Rename(string)
}

type Person struct{ name string }

func (p Person) Name() string      { return p.name }
func (p *Person) Rename(n string) { p.name = n }

type Employee struct {
	Person
	Company string
}

type Manager struct {
	*Person
	Reports int
}

func check(v interface{}) {
	_, isNamer := v.(Namer)
	_, isRenamer := v.(Renamer)
	fmt.Printf("%-14T Namer=%-5v Renamer=%v\n", v, isNamer, isRenamer)
}

func main() {
	p := Person{"ann"}
	e := Employee{Person{"bob"}, "acme"}
	m := Manager{&Person{"cid"}, 3}
	check(p)
	check(&p)
	check(e)
	check(&e)
	check(m)
	check(&m)
	var r Renamer = &e
	r.Rename("bobby")
	fmt.Println(e.Name())
	r = m
	r.Rename("cyd")
	fmt.Println(m.Name(), m.Person.name)
}
