// Method expressions and method values through embedded fields and interfaces: T.M for a
// method promoted from an embedded value or pointer, (*T).M for a pointer method of an
// embedded value, an embedded interface, variadic methods, and I.M on interface types.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int            { return c.n }
func (c *Counter) Add(d int)          { c.n += d }
func (c Counter) Sum(xs ...int) int { // variadic
	for _, x := range xs {
		c.n += x
	}
	return c.n
}

type Named interface{ Name() string }

type dog string

func (d dog) Name() string { return "dog " + string(d) }

type Box struct {
	Counter
	Named
	label string
}

type PtrBox struct {
	*Counter
}

type Outer struct{ Box }

func main() {
	get := Box.Get
	add := (*Box).Add
	b := Box{Counter{1}, dog("rex"), "b"}
	add(&b, 4)
	fmt.Println(get(b), b.n)
	fmt.Printf("%T %T\n", get, add)

	sum := Box.Sum
	fmt.Println(sum(b, 1, 2, 3), sum(b))
	xs := []int{10, 20}
	fmt.Println(sum(b, xs...))

	name := Box.Name
	pname := (*Box).Name
	fmt.Println(name(b), pname(&b))

	pb := PtrBox{&Counter{7}}
	padd := PtrBox.Add
	padd(pb, 3)
	fmt.Println(PtrBox.Get(pb), pb.n)

	o := Outer{b}
	fmt.Println(Outer.Get(o), Outer.Name(o), (*Outer).Sum(&o, 1))
	(*Outer).Add(&o, 100)
	fmt.Println(o.n, b.n)

	in := Named.Name
	fmt.Println(in(dog("fido")), in(b))

	// Method values bind the receiver when evaluated.
	mv := b.Get
	b.Add(1)
	fmt.Println(mv(), b.Get())
	iv := Named(b).Name
	fmt.Println(iv())
	fs := []func(Box) int{Box.Get, func(x Box) int { return x.Sum(1) }}
	for _, f := range fs {
		fmt.Println(f(b))
	}
}
