// Package ring: circular lists. A Ring is one element of a circle of Rings; any element
// stands for the whole circle. There is no empty ring other than nil, and the zero Ring
// is a circle of one element, tied on first use.
package ring

// Ring is an element of a circular list.
type Ring struct {
	next, prev *Ring
	Value      any
}

// single ties r into a circle of its own and returns it.
func (r *Ring) single() *Ring {
	r.next, r.prev = r, r
	return r
}

// Next returns the element after r. r must not be nil.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.single()
	}
	return r.next
}

// Prev returns the element before r. r must not be nil.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.single()
	}
	return r.prev
}

// Move returns the element n steps forward (n < 0: backward) of r. r must not be nil.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		r.single()
	}
	for ; n > 0; n-- {
		r = r.next
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	return r
}

// New returns a ring of n elements with nil values; nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := &Ring{}
	last := first
	for k := 1; k < n; k++ {
		next := &Ring{prev: last}
		last.next = next
		last = next
	}
	last.next, first.prev = first, last
	return first
}

// Link joins ring s after r and returns r's old successor. When s is on r's own circle,
// the elements strictly between r and s leave it, forming the circle that is returned.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		before := s.Prev()
		// r -> s ... before -> after: the two arcs become one circle (or split in two).
		r.next, s.prev = s, r
		before.next, after.prev = after, before
	}
	return after
}

// Unlink removes the n elements after r (n modulo the ring's length) and returns them as
// a ring; nil when n <= 0.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	rest := r.Move(n + 1) // the first element to stay after r
	return r.Link(rest)
}

// Len counts the elements of r's circle in O(n); 0 for nil.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 0
	r.Do(func(any) { count++ })
	return count
}

// Do calls f on the value of every element, r's first, going forward. f must not
// change the ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	p := r
	for {
		f(p.Value)
		if p = p.Next(); p == r {
			return
		}
	}
}
