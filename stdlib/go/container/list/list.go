// Package list: a doubly linked list. A List is a ring of Elements closed by a sentinel
// element (root) that holds no value: the first element follows root, the last precedes
// it. The zero List is ready to use: its ring is tied on the first insertion.
//
// An Element remembers the List it belongs to; every operation given an element of
// another list (or one already removed) leaves the list unchanged, as Go documents.
package list

// Element is one node of a List.
type Element struct {
	next, prev *Element
	list       *List // nil once removed
	Value      any
}

// Next returns the element after e, or nil at the end of the list or if e is detached.
func (e *Element) Next() *Element {
	if e.list == nil || e.next == &e.list.root {
		return nil
	}
	return e.next
}

// Prev returns the element before e, or nil at the front of the list or if e is detached.
func (e *Element) Prev() *Element {
	if e.list == nil || e.prev == &e.list.root {
		return nil
	}
	return e.prev
}

// List is a doubly linked list of Elements.
type List struct {
	root Element
	len  int
}

// Init empties l (elements it held keep pointing at it) and returns it.
func (l *List) Init() *List {
	l.root.next, l.root.prev = &l.root, &l.root
	l.len = 0
	return l
}

// New returns an empty list.
func New() *List {
	l := &List{}
	return l.Init()
}

// Len returns the number of elements of l, in O(1).
func (l *List) Len() int {
	return l.len
}

// Front returns the first element of l, or nil when l is empty.
func (l *List) Front() *Element {
	if l.len > 0 {
		return l.root.next
	}
	return nil
}

// Back returns the last element of l, or nil when l is empty.
func (l *List) Back() *Element {
	if l.len > 0 {
		return l.root.prev
	}
	return nil
}

// ready ties the ring of a zero List.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e into l right after the element at, and returns it.
func (l *List) link(e, at *Element) *Element {
	tie(e, at)
	e.list = l
	l.len++
	return e
}

// unlink takes e out of l's ring, leaving e detached.
func (l *List) unlink(e *Element) {
	untie(e)
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// relink moves e, already in l, to right after the element at.
func (l *List) relink(e, at *Element) {
	if e != at {
		untie(e)
		tie(e, at)
	}
}

// tie threads e into a ring between at and at's successor.
func tie(e, at *Element) {
	succ := at.next
	e.prev, e.next = at, succ
	at.next, succ.prev = e, e
}

// untie closes the ring over the gap e leaves; e's own links are left as they were.
func untie(e *Element) {
	before, after := e.prev, e.next
	before.next, after.prev = after, before
}

// Remove takes e out of l if e belongs to l, and returns e.Value either way.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts v at the front of l and returns its element.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, &l.root)
}

// PushBack inserts v at the back of l and returns its element.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts v just before mark and returns its element; nil (and nothing
// inserted) when mark is not an element of l.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts v just after mark and returns its element; nil (and nothing
// inserted) when mark is not an element of l.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront makes e, an element of l, the first one.
func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relink(e, &l.root)
	}
}

// MoveToBack makes e, an element of l, the last one.
func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relink(e, l.root.prev)
	}
}

// MoveBefore moves e just before mark, both elements of l.
func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark.prev)
	}
}

// MoveAfter moves e just after mark, both elements of l.
func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && mark.list == l && e != mark {
		l.relink(e, mark)
	}
}

// PushBackList appends copies of other's values to l, in order. other may be l itself:
// only the elements it had on entry are copied.
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values to l, keeping their order. other may
// be l itself.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
