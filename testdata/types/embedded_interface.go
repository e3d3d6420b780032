// A struct embedding an interface: decorators override some methods and delegate the rest.
package main

import (
	"fmt"
	"strings"
)

type Store interface {
	Get(key string) string
	Set(key, value string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) string { return s.m[k] }
func (s *mapStore) Set(k, v string)     { s.m[k] = v }

// upper stores values upper-cased; Get is promoted from the embedded Store.
type upper struct {
	Store
}

func (u upper) Set(k, v string) { u.Store.Set(k, strings.ToUpper(v)) }

// counting counts Gets and delegates everything.
type counting struct {
	Store
	gets int
}

func (c *counting) Get(k string) string {
	c.gets++
	return c.Store.Get(k)
}

func main() {
	base := &mapStore{map[string]string{}}
	var s Store = upper{base}
	s.Set("a", "hello")
	fmt.Println(s.Get("a"), base.m["a"])
	c := &counting{Store: s}
	c.Set("b", "world")
	fmt.Println(c.Get("a"), c.Get("b"), c.Get("missing") == "", c.gets)
	var empty upper
	fmt.Println(empty.Store == nil)
}
