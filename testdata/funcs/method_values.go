// Method values bind their receiver when evaluated; method expressions take it as a parameter.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Get() int     { return c.n }
func (c Counter) Add(d int) int { return c.n + d }

type Greeter string

func (g Greeter) Greet(name string) string { return string(g) + ", " + name }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)

	v := Counter{5}
	get := v.Get // receiver copied now
	v.n = 100
	fmt.Println(get(), v.Get())

	fmt.Println(apply(v.Add, 1))

	getExpr := Counter.Get
	fmt.Println(getExpr(Counter{7}))
	incExpr := (*Counter).Inc
	incExpr(c)
	fmt.Println(c.n)
	addExpr := Counter.Add
	fmt.Println(addExpr(Counter{1}, 2))
	fmt.Printf("%T\n", addExpr)

	hello := Greeter("Hello").Greet
	fmt.Println(hello("Go"))
	fs := []func(string) string{Greeter("Hi").Greet, Greeter("Bye").Greet}
	for _, f := range fs {
		fmt.Println(f("you"))
	}
}
