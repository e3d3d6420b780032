package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	e3 := l.InsertBefore(3, e4)
	e2 := l.InsertAfter(2, e1)
	show("built", l)
	l.MoveToFront(e4)
	show("4 to front", l)
	l.MoveToBack(e1)
	show("1 to back", l)
	l.MoveBefore(e1, e4)
	show("1 before 4", l)
	l.MoveAfter(e4, e3)
	show("4 after 3", l)
	l.MoveAfter(e2, e2)
	l.MoveBefore(e3, e3)
	l.MoveToFront(l.Front())
	l.MoveToBack(l.Back())
	show("no-ops", l)
	fmt.Println("removed:", l.Remove(e3))
	show("without 3", l)
	fmt.Println("removed again:", l.Remove(e3), e3.Next() == nil, e3.Prev() == nil)
	show("unchanged", l)

	// Elements of another list are ignored.
	other := list.New()
	o1 := other.PushBack("x")
	other.PushBack("y")
	fmt.Println(l.InsertBefore(9, o1) == nil, l.InsertAfter(9, o1) == nil)
	l.MoveToFront(o1)
	l.MoveToBack(o1)
	l.MoveBefore(o1, e1)
	l.MoveAfter(e1, o1)
	fmt.Println("remove foreign:", l.Remove(o1))
	show("l", l)
	show("other", other)

	// Lists of lists.
	l.PushBackList(other)
	show("pushed back other", l)
	l.PushFrontList(other)
	show("pushed front other", l)
	l.PushBackList(l)
	show("pushed back self", l)
	small := list.New()
	small.PushBack("p")
	small.PushBack("q")
	small.PushFrontList(small)
	show("pushed front self", small)

	// The zero List is usable.
	var z list.List
	show("zero", &z)
	fmt.Println(z.Front() == nil, z.Back() == nil)
	z.PushBack("only")
	show("zero+1", &z)
	var z2 list.List
	z2.PushFront(1)
	z2.PushBackList(&z)
	show("z2", &z2)
	var z3 list.List
	z3.PushFrontList(&z2)
	show("z3", &z3)

	// Init clears.
	l.Init()
	show("after Init", l)

	// Removing while iterating.
	n := list.New()
	for i := 0; i < 10; i++ {
		n.PushBack(i)
	}
	for e := n.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			n.Remove(e)
		}
		e = next
	}
	show("no multiples of 3", n)
	front := n.Front()
	n.Remove(front)
	fmt.Println(front.Value, front.Next() == nil, n.Front().Value)
	last := n.Back()
	fmt.Println(last.Next() == nil, n.Front().Prev() == nil)
	var single list.List
	only := single.PushBack(0)
	fmt.Println(single.Remove(only), single.Len(), single.Front() == nil)
	single.PushBack(5)
	show("single", &single)
}
