// An LRU cache: a map for lookup plus a doubly linked list for recency, with eviction.
package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry // head: most recently used
	evicted    []string
}

func NewLRU(capacity int) *LRU { return &LRU{cap: capacity, items: map[string]*entry{}} }

func (c *LRU) unlink(e *entry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		c.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		c.tail = e.prev
	}
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.next = c.head
	if c.head != nil {
		c.head.prev = e
	}
	c.head = e
	if c.tail == nil {
		c.tail = e
	}
}

func (c *LRU) Get(k string) (int, bool) {
	e, ok := c.items[k]
	if !ok {
		return 0, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.value = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
	}
	e := &entry{key: k, value: v}
	c.items[k] = e
	c.pushFront(e)
}

func (c *LRU) String() string {
	var parts []string
	for e := c.head; e != nil; e = e.next {
		parts = append(parts, fmt.Sprintf("%s=%d", e.key, e.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	fmt.Println(c.Get("a"))
	c.Put("d", 4)
	fmt.Println(c, c.evicted)
	_, ok := c.Get("b")
	fmt.Println(ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, c.evicted, len(c.items))
	for i := 0; i < 100; i++ {
		c.Put(fmt.Sprint("k", i%7), i)
	}
	fmt.Println(c, len(c.evicted))
}
