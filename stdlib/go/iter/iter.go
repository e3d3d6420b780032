// Package iter: the iterator types Seq and Seq2, and Pull and Pull2, which turn a push
// iterator into a pair of functions. The iterator runs on its own goroutine, handing each
// value over an unbuffered channel and waiting for the next request: the caller and the
// iterator never run at the same time, as with Go's coroutines.
package iter

import "runtime"

// Seq is an iterator over single values: it calls yield with each value in turn, and
// stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// coroutine runs an iterator body on a goroutine of its own, one step per resume.
type coroutine struct {
	resume, paused chan struct{}
	started bool
	// done: stop was called, or the body returned or panicked.
	done bool
	// yielded: the last step produced a value.
	yielded bool
	// returned: the body returned normally.
	returned bool
	// failure holds the body's panic value (nil for runtime.Goexit), raised again on
	// the caller's goroutine when panicked is set.
	failure  any
	panicked bool
}

// start runs body on a new goroutine once resumed; the yield function body gets parks
// the iterator until the caller's next step and reports whether to go on.
func (c *coroutine) start(body func(yield func() bool)) {
	c.started = true
	c.resume = make(chan struct{})
	c.paused = make(chan struct{})
	go func() {
		defer func() {
			if !c.returned {
				c.failure = recover()
				c.panicked = true
			}
			c.done = true
			c.paused <- struct{}{}
		}()
		<-c.resume
		body(func() bool {
			if c.done {
				return false
			}
			c.yielded = true
			c.paused <- struct{}{}
			<-c.resume
			return !c.done
		})
		c.returned = true
	}()
}

// step runs the iterator until it yields a value or finishes (more), or makes it finish
// (!more: its yield returns false). It reports whether a value was yielded.
func (c *coroutine) step(more bool, body func(yield func() bool)) bool {
	if c.done {
		return false
	}
	if !more {
		c.done = true
		if !c.started {
			return false
		}
	} else if !c.started {
		c.start(body)
	}
	c.yielded = false
	c.resume <- struct{}{}
	<-c.paused
	if c.panicked {
		c.panicked = false
		if c.failure == nil {
			runtime.Goexit()
		}
		panic(c.failure)
	}
	return c.yielded
}

// Pull converts the push iterator seq into a pull iterator: next returns each value of
// seq with true, then the zero value and false once seq is exhausted or stop was called.
// stop ends the iteration (seq sees yield return false); it may be called any number of
// times. A panic in seq is raised again by the call of next or stop that resumed it.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var c coroutine
	var v V
	body := func(yield func() bool) {
		seq(func(x V) bool {
			v = x
			return yield()
		})
	}
	next = func() (V, bool) {
		var zero V
		if !c.step(true, body) {
			return zero, false
		}
		out := v
		v = zero
		return out, true
	}
	stop = func() { c.step(false, body) }
	return next, stop
}

// Pull2 is Pull for an iterator over pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var c coroutine
	var k K
	var v V
	body := func(yield func() bool) {
		seq(func(x K, y V) bool {
			k, v = x, y
			return yield()
		})
	}
	next = func() (K, V, bool) {
		var zk K
		var zv V
		if !c.step(true, body) {
			return zk, zv, false
		}
		outK, outV := k, v
		k, v = zk, zv
		return outK, outV, true
	}
	stop = func() { c.step(false, body) }
	return next, stop
}
