// An inventory with an interface for items, sorting by several keys, and error handling.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item interface {
	Name() string
	Price() int // in cents
}

type Book struct {
	Title  string
	Author string
	Cents  int
}

func (b Book) Name() string  { return b.Title + " by " + b.Author }
func (b Book) Price() int    { return b.Cents }

type Gadget struct {
	Model string
	Cents int
	Qty   int
}

func (g *Gadget) Name() string { return g.Model }
func (g *Gadget) Price() int   { return g.Cents }

var ErrOutOfStock = errors.New("out of stock")

func (g *Gadget) Take() error {
	if g.Qty == 0 {
		return fmt.Errorf("take %s: %w", g.Model, ErrOutOfStock)
	}
	g.Qty--
	return nil
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	phone := &Gadget{"Phone X", 49900, 1}
	items := []Item{
		Book{"Go in Action", "Kennedy", 3999},
		phone,
		Book{"The Go Programming Language", "Donovan", 4599},
		&Gadget{"Cable", 999, 10},
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Price() < items[j].Price() })
	total := 0
	for _, it := range items {
		fmt.Printf("%-40s %10s\n", it.Name(), money(it.Price()))
		total += it.Price()
	}
	fmt.Printf("%-40s %10s\n", strings.Repeat("=", 5)+" total", money(total))
	sort.Slice(items, func(i, j int) bool { return items[i].Name() < items[j].Name() })
	for _, it := range items {
		if g, ok := it.(*Gadget); ok {
			fmt.Println(g.Model, "qty", g.Qty)
		}
	}
	fmt.Println(phone.Take())
	err := phone.Take()
	fmt.Println(err, errors.Is(err, ErrOutOfStock))
}
