// Package context: Background/TODO, WithCancel (parent and child cancellation), WithValue
// lookups and String forms, WithDeadline/WithTimeout (past deadline, short timeout,
// earlier parent deadline), WithCancelCause/Cause, WithTimeoutCause, WithoutCancel and
// AfterFunc (run once, stop before and after cancellation).
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type otherKey int

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil, bg.Value("x"))
	_, ok := bg.Deadline()
	fmt.Println(ok)

	parent, cancelParent := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	fmt.Println(parent, child)
	fmt.Println(parent.Err(), child.Err())
	cancelParent()
	<-child.Done()
	fmt.Println(parent.Err(), child.Err(), errors.Is(child.Err(), context.Canceled))
	cancelParent()
	fmt.Println(context.Cause(child))

	vctx := context.WithValue(bg, key("user"), "ann")
	vctx = context.WithValue(vctx, otherKey(1), 42)
	vctx = context.WithValue(vctx, key("user"), "bob")
	fmt.Println(vctx.Value(key("user")), vctx.Value(otherKey(1)), vctx.Value(otherKey(2)), vctx.Value("user"))
	fmt.Println(vctx)
	fmt.Println(context.WithValue(bg, "k", struct{ A int }{3}))
	cv, cancel := context.WithCancel(vctx)
	fmt.Println(cv.Value(key("user")), cv)
	cancel()

	past, cancelPast := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer cancelPast()
	fmt.Println(past.Err(), errors.Is(past.Err(), context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(past.Err(), &te), te.Timeout())

	short, cancelShort := context.WithTimeout(bg, 5*time.Millisecond)
	defer cancelShort()
	_, has := short.Deadline()
	fmt.Println(has, short.Err())
	select {
	case <-short.Done():
		fmt.Println("timed out:", short.Err(), context.Cause(short))
	case <-time.After(5 * time.Second):
		fmt.Println("no timeout")
	}

	outer, cancelOuter := context.WithTimeout(bg, time.Hour)
	defer cancelOuter()
	inner, cancelInner := context.WithTimeout(outer, 2*time.Hour)
	defer cancelInner()
	d1, _ := outer.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println(d1.Equal(d2))

	why := errors.New("shutting down")
	cc, cancelCause := context.WithCancelCause(bg)
	sub, cancelSub := context.WithCancel(cc)
	defer cancelSub()
	cancelCause(why)
	cancelCause(errors.New("ignored"))
	fmt.Println(cc.Err(), context.Cause(cc), context.Cause(sub), context.Cause(bg))
	nilCause, cancelNil := context.WithCancelCause(bg)
	cancelNil(nil)
	fmt.Println(context.Cause(nilCause))

	tc, cancelTC := context.WithTimeoutCause(bg, time.Millisecond, errors.New("too slow"))
	<-tc.Done()
	fmt.Println(tc.Err(), context.Cause(tc))
	cancelTC()

	wc, cancelWC := context.WithCancel(context.WithValue(bg, key("k"), "v"))
	free := context.WithoutCancel(wc)
	cancelWC()
	fmt.Println(free.Err(), free.Done() == nil, free.Value(key("k")))
	fmt.Println(free)

	ran := make(chan string, 4)
	ac, cancelAC := context.WithCancel(bg)
	stop := context.AfterFunc(ac, func() { ran <- "after func ran" })
	cancelAC()
	fmt.Println(<-ran)
	fmt.Println(stop())
	ac2, cancelAC2 := context.WithCancel(bg)
	stop2 := context.AfterFunc(ac2, func() { ran <- "should not run" })
	fmt.Println(stop2(), stop2())
	cancelAC2()
	done, cancelDone := context.WithCancel(bg)
	cancelDone()
	context.AfterFunc(done, func() { ran <- "already done" })
	fmt.Println(<-ran)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(ran))
}
