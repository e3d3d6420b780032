// Package context: cancellation, deadlines and request-scoped values carried down a tree
// of contexts.
//
// Design: every cancellable context (WithCancel, WithCancelCause, WithDeadline's timer,
// AfterFunc's watcher) is a *node. A node registers with the nearest cancellable context
// above it when that context's Done channel is its parent's; it then is canceled by that
// ancestor directly. A parent of another kind (a user's Context)
// gets a goroutine that waits for either side to finish. Value lookups walk up the
// parent chain; the private key nodeKey asks a chain for its nearest node, which is how
// Cause and registration find it. What Go asks reflection (a value's type name, whether a
// key is comparable) are natives in stdlib/src/pkgs/context.rs.
package context

import (
	"errors"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal and values across API boundaries;
// its methods may be called by several goroutines at once.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// Canceled is the error of a context that was canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error of a context whose deadline passed.
var DeadlineExceeded error = deadlineExceeded{}

// deadlineExceeded is a net.Error-like timeout.
type deadlineExceeded struct{}

func (deadlineExceeded) Error() string {
	return "context deadline exceeded"
}

func (deadlineExceeded) Timeout() bool {
	return true
}

func (deadlineExceeded) Temporary() bool {
	return true
}

// A CancelFunc cancels its context; calls after the first do nothing.
type CancelFunc func()

// A CancelCauseFunc cancels its context and records cause (Canceled if nil) for Cause.
type CancelCauseFunc func(cause error)

// root is Background and TODO: never canceled, no values, no deadline.
type root struct {
	name string
}

func (root) Deadline() (deadline time.Time, ok bool) {
	return time.Time{}, false
}

func (root) Done() <-chan struct{} {
	return nil
}

func (root) Err() error {
	return nil
}

func (root) Value(key any) any {
	return nil
}

func (r root) String() string {
	return r.name
}

var (
	background = root{"context.Background"}
	todo       = root{"context.TODO"}
)

// Background returns the empty root of a context tree.
func Background() Context {
	return background
}

// TODO returns an empty context for code that does not know which one to use yet.
func TODO() Context {
	return todo
}

// typeString returns the name of x's dynamic type, "<nil>" for nil.
func typeString(x any) string

// comparable reports whether values of x's dynamic type can be compared with ==.
func comparable(x any) bool

// describe is a context's String, else its type's name.
func describe(c Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return typeString(c)
}

// nodeKey is the Value key under which a chain answers its nearest node.
var nodeKey = new(int)

// cancelable is what a node cancels: other nodes, timers and AfterFunc watchers.
type cancelable interface {
	cancel(detach bool, err, cause error)
}

// node is a context that can be canceled. kind names it in String; holder is the node it
// registered with, if any; children are what its cancellation cancels too.
type node struct {
	parent   Context
	kind     string
	mu       sync.Mutex
	done     chan struct{}
	err      error
	cause    error
	children map[cancelable]bool
	holder   *node
}

func newNode(parent Context, kind string) *node {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	n := &node{parent: parent, kind: kind, done: make(chan struct{})}
	return n
}

func (n *node) Deadline() (deadline time.Time, ok bool) {
	return n.parent.Deadline()
}

func (n *node) Done() <-chan struct{} {
	return n.done
}

func (n *node) Err() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.err
}

func (n *node) Value(key any) any {
	if key == nodeKey {
		return n
	}
	return n.parent.Value(key)
}

func (n *node) String() string {
	return describe(n.parent) + n.kind
}

// attach links child (whose node is n) to n's parent so that the parent's cancellation
// reaches it: at once if the parent is already done, through the parent's node when its
// Done channel is that node's, else through a goroutine.
func (n *node) attach(child cancelable) {
	parentDone := n.parent.Done()
	if parentDone == nil {
		return
	}
	select {
	case <-parentDone:
		child.cancel(false, n.parent.Err(), Cause(n.parent))
		return
	default:
	}
	if up, ok := n.parent.Value(nodeKey).(*node); ok && up.done == parentDone {
		up.mu.Lock()
		if up.err != nil {
			up.mu.Unlock()
			child.cancel(false, up.err, up.cause)
			return
		}
		if up.children == nil {
			up.children = map[cancelable]bool{}
		}
		up.children[child] = true
		n.holder = up
		up.mu.Unlock()
		return
	}
	go func() {
		select {
		case <-parentDone:
			child.cancel(false, n.parent.Err(), Cause(n.parent))
		case <-n.done:
		}
	}()
}

// finish cancels n with err and cause (cause defaults to err) and then its children;
// detach also removes child from the node it registered with. It reports whether this
// call was the one that canceled n.
func (n *node) finish(child cancelable, detach bool, err, cause error) bool {
	if cause == nil {
		cause = err
	}
	n.mu.Lock()
	if n.err != nil {
		n.mu.Unlock()
		return false
	}
	n.err, n.cause = err, cause
	close(n.done)
	children := n.children
	n.children = nil
	n.mu.Unlock()
	for c := range children {
		c.cancel(false, err, cause)
	}
	if detach && n.holder != nil {
		n.holder.mu.Lock()
		delete(n.holder.children, child)
		n.holder.mu.Unlock()
	}
	return true
}

func (n *node) cancel(detach bool, err, cause error) {
	n.finish(n, detach, err, cause)
}

// WithCancel returns a copy of parent that is done when cancel is called or parent is.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	n := newNode(parent, ".WithCancel")
	n.attach(n)
	return n, func() { n.cancel(true, Canceled, nil) }
}

// WithCancelCause is WithCancel whose cancel function records a cause.
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc) {
	n := newNode(parent, ".WithCancel")
	n.attach(n)
	return n, func(cause error) { n.cancel(true, Canceled, cause) }
}

// Cause returns why c was canceled: the cause given to its cancellation, else its Err.
// It is nil while c is not canceled.
func Cause(c Context) error {
	if n, ok := c.Value(nodeKey).(*node); ok {
		n.mu.Lock()
		defer n.mu.Unlock()
		return n.cause
	}
	return c.Err()
}

// timed is a node that also cancels itself at its deadline.
type timed struct {
	*node
	deadline time.Time
	timer    *time.Timer
}

func (t *timed) Deadline() (deadline time.Time, ok bool) {
	return t.deadline, true
}

func (t *timed) String() string {
	return describe(t.parent) + ".WithDeadline(" + t.deadline.String() + " [" + time.Until(t.deadline).String() + "])"
}

func (t *timed) cancel(detach bool, err, cause error) {
	t.finish(t, detach, err, cause)
	t.mu.Lock()
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
	t.mu.Unlock()
}

// WithDeadline returns a copy of parent that is also done at d; a parent whose own
// deadline comes first makes it a plain WithCancel.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	return WithDeadlineCause(parent, d, nil)
}

// WithDeadlineCause is WithDeadline whose expiry records cause.
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if earlier, ok := parent.Deadline(); ok && earlier.Before(d) {
		return WithCancel(parent)
	}
	t := &timed{node: newNode(parent, ""), deadline: d}
	t.attach(t)
	left := time.Until(d)
	if left <= 0 {
		t.cancel(true, DeadlineExceeded, cause)
		return t, func() { t.cancel(false, Canceled, nil) }
	}
	t.mu.Lock()
	if t.err == nil {
		t.timer = time.AfterFunc(left, func() { t.cancel(true, DeadlineExceeded, cause) })
	}
	t.mu.Unlock()
	return t, func() { t.cancel(true, Canceled, nil) }
}

// WithTimeout is WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}

// WithTimeoutCause is WithDeadlineCause(parent, time.Now().Add(timeout), cause).
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc) {
	return WithDeadlineCause(parent, time.Now().Add(timeout), cause)
}

// watcher runs f once, in its own goroutine, when the context it watches is done.
type watcher struct {
	*node
	once sync.Once
	f    func()
}

func (w *watcher) cancel(detach bool, err, cause error) {
	w.finish(w, detach, err, cause)
	w.once.Do(func() { go w.f() })
}

// AfterFunc arranges for f to run in its own goroutine once ctx is done (at once if it
// already is). stop cancels that: it reports true if it kept f from being started.
func AfterFunc(ctx Context, f func()) (stop func() bool) {
	w := &watcher{node: newNode(ctx, ".AfterFunc"), f: f}
	w.attach(w)
	return func() bool {
		prevented := false
		w.once.Do(func() { prevented = true })
		if prevented {
			w.finish(w, true, Canceled, nil)
		}
		return prevented
	}
}

// detached keeps its parent's values but none of its cancellation.
type detached struct {
	parent Context
}

// WithoutCancel returns a context with parent's values that is never canceled and has no
// deadline.
func WithoutCancel(parent Context) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return detached{parent}
}

func (detached) Deadline() (deadline time.Time, ok bool) {
	return time.Time{}, false
}

func (detached) Done() <-chan struct{} {
	return nil
}

func (detached) Err() error {
	return nil
}

func (d detached) Value(key any) any {
	if key == nodeKey {
		return nil
	}
	return d.parent.Value(key)
}

func (d detached) String() string {
	return describe(d.parent) + ".WithoutCancel"
}

// valued adds one key-value pair to its parent.
type valued struct {
	parent   Context
	key, val any
}

// WithValue returns a copy of parent in which key is associated with val. key must be
// comparable, and should be of a type of the caller's own to avoid collisions.
func WithValue(parent Context, key, val any) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !comparable(key) {
		panic("key is not comparable")
	}
	return &valued{parent, key, val}
}

func (v *valued) Deadline() (deadline time.Time, ok bool) {
	return v.parent.Deadline()
}

func (v *valued) Done() <-chan struct{} {
	return v.parent.Done()
}

func (v *valued) Err() error {
	return v.parent.Err()
}

func (v *valued) Value(key any) any {
	if v.key == key {
		return v.val
	}
	return v.parent.Value(key)
}

// show renders a key or value for String: its String method, a string as itself, else
// its type's name.
func show(x any) string {
	switch s := x.(type) {
	case interface{ String() string }:
		return s.String()
	case string:
		return s
	case nil:
		return "<nil>"
	}
	return typeString(x)
}

func (v *valued) String() string {
	return describe(v.parent) + ".WithValue(" + show(v.key) + ", " + show(v.val) + ")"
}
