// golden: env=TZ=UTC
// Format and Parse over layouts and values built by a fixed pseudo-random sequence: random
// runs of layout elements and literal text, formatted times with one byte changed, and
// fragments of digits, letters, signs and spaces. Deterministic (its own generator).
package main

import (
	"fmt"
	"time"
)

var state uint64 = 12345

func next(n int) int {
	state = state*6364136223846793005 + 1442695040888963407
	return int((state >> 33) % uint64(n))
}

var pieces = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "15", "03", "3",
	"04", "4", "05", "5", "PM", "pm", "MST", "-0700", "-07:00", "-07", "-070000", "-07:00:00", "Z0700", "Z07:00",
	"Z07", "Z070000", "Z07:00:00", ".000", ".999", ",000", ",9", ".0", "Mon", "Monday", " ", "  ", "-", ":", "/",
	"T", "x", "0", "9", ".", ",", "_", "Z", "J", "M", "a", "日"}

var fragments = []string{"0", "1", "2", "9", "12", "31", "59", "60", "2024", "1999", "Jan", "jan", "FEB", "Monday",
	"mon", "PM", "am", " ", "  ", "-", "+", ":", ".", ",", "Z", "UTC", "GMT", "GMT+2", "CEST", "ABCDT", "+05:30",
	"-0800", "x", "T", "/", "123456789", "_", "\xff"}

func layout() string {
	s := ""
	for n := 1 + next(6); n > 0; n-- {
		s += pieces[next(len(pieces))]
	}
	return s
}

func value() string {
	s := ""
	for n := 1 + next(6); n > 0; n-- {
		s += fragments[next(len(fragments))]
	}
	return s
}

var zones = []*time.Location{time.UTC, time.FixedZone("CET", 3600), time.FixedZone("", -(4*3600 + 30*60)),
	time.FixedZone("XT", 45)}

func instant() time.Time {
	sec := int64(next(1<<30))*int64(next(1<<20)) - 1<<40
	return time.Unix(sec, int64(next(1e9))).In(zones[next(len(zones))])
}

func show(l, v string) {
	t, err := time.Parse(l, v)
	if err != nil {
		fmt.Printf("%q %q: %v\n", l, v, err)
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q %q: %v %s %d\n", l, v, t, name, off)
}

func main() {
	for i := 0; i < 300; i++ {
		l := layout()
		t := instant()
		s := t.Format(l)
		fmt.Printf("%q %v: %q\n", l, t, s)
		show(l, s)
		if len(s) > 0 {
			b := []byte(s)
			b[next(len(b))] = "0 9aZ+-:."[next(9)]
			show(l, string(b))
		}
		show(l, value())
	}
}
