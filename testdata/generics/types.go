// Generic types: Stack[T], a linked List[T] with methods, Pair[K, V], instantiation with
// named types, type names printed with their arguments.
package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) String() string {
	s := "["
	l.Each(func(v T) {
		if len(s) > 1 {
			s += " "
		}
		s += fmt.Sprint(v)
	})
	return s + "]"
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type ID string

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Sum() T {
	var s T
	for _, x := range v {
		s += x
	}
	return s
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Len())
	for {
		x, err := s.Pop()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(x)
	}
	ss := &Stack[string]{}
	ss.Push("go")
	fmt.Println(ss.items, ss.Len())

	var l List[ID]
	l.PushFront("a")
	l.PushFront("b")
	fmt.Println(l.String(), l.size)
	var st fmt.Stringer = &l
	fmt.Println(st)

	p := MakePair(ID("x"), 3.5)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%T %T %T\n", p, &l, s)
	fmt.Printf("%v %+v\n", Pair[int, bool]{1, true}, Pair[string, []int]{"k", []int{1}})
	ps := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(ps)
	fmt.Println(Vec[float64]{1.5, 2}.Sum(), Vec[int]{1, 2, 3}.Sum())
	m := map[Pair[int, int]]string{{1, 2}: "one-two"}
	fmt.Println(m[Pair[int, int]{1, 2}])
}
