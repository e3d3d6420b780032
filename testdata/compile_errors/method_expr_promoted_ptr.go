// A method expression T.M for a pointer method promoted from an embedded value needs *T.
package main

type Counter struct{ n int }

func (c *Counter) Add(d int) { c.n += d }

type Box struct{ Counter }

func main() {
	add := Box.Add
	_ = add
}
