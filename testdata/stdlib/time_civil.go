// golden: env=TZ=UTC
// Civil time: time.Date with normalisation, the calendar accessors, ISO weeks, AddDate,
// Add/Sub, Truncate/Round, comparisons, Unix conversions and fixed zones. Fixed dates only.
package main

import (
	"fmt"
	"time"
)

func show(t time.Time) {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	fmt.Println(t, "|", y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw)
	if y != t.Year() || m != t.Month() || d != t.Day() || h != t.Hour() || mi != t.Minute() || s != t.Second() {
		fmt.Println("accessors disagree with Date/Clock")
	}
}

func dates() {
	fmt.Println("-- dates")
	show(time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	show(time.Date(2000, 2, 29, 12, 30, 45, 123456789, time.UTC))
	show(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC))
	show(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC))
	show(time.Date(-1, 3, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(-400, 2, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(-4713, 11, 24, 12, 0, 0, 0, time.UTC))
	show(time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC))
	show(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(123456, 7, 8, 9, 10, 11, 12, time.UTC))
	show(time.Date(2100, 2, 28, 0, 0, 0, 0, time.UTC))
	show(time.Date(2400, 12, 31, 0, 0, 0, 0, time.UTC))
}

func normalisation() {
	fmt.Println("-- normalisation")
	show(time.Date(2023, 10, 32, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	show(time.Date(2024, 2, 30, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 0, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, -13, 1, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 1, 0, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 1, -365, 0, 0, 0, 0, time.UTC))
	show(time.Date(2023, 1, 1, 24, 60, 60, 1e9, time.UTC))
	show(time.Date(2023, 1, 1, -1, -1, -1, -1, time.UTC))
	show(time.Date(2023, 1, 1, 0, 0, 0, 5e9+7, time.UTC))
	show(time.Date(2023, 1, 1, 0, 0, 0, -2e9-3, time.UTC))
	show(time.Date(2023, 1, 1, 1000, 0, 0, 0, time.UTC))
	show(time.Date(2023, 1, 1, 0, 100000, 0, 0, time.UTC))
}

func isoWeeks() {
	fmt.Println("-- ISO weeks")
	for y := 2004; y <= 2028; y++ {
		for _, md := range [][2]int{{1, 1}, {1, 2}, {1, 3}, {1, 4}, {12, 28}, {12, 29}, {12, 30}, {12, 31}} {
			t := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Printf("%s %s %d-W%02d\n", t.Format("2006-01-02"), t.Weekday().String()[:3], iy, iw)
		}
	}
	for _, y := range []int{0, -1, 1, 1582, 10000} {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		iy, iw := t.ISOWeek()
		fmt.Println(y, t.Weekday(), iy, iw)
	}
}

func addDate() {
	fmt.Println("-- AddDate")
	base := time.Date(2024, 1, 31, 10, 20, 30, 40, time.UTC)
	for _, c := range [][3]int{{0, 1, 0}, {0, 2, 0}, {1, 1, 0}, {0, 0, 1}, {0, 0, -31}, {-1, 0, 0},
		{0, -1, 0}, {0, 13, 0}, {0, -25, 0}, {4, 1, 0}, {0, 0, 366}, {-2024, 0, 0}, {-2025, 0, 0}, {7976, 0, 0}} {
		fmt.Println(c, base.AddDate(c[0], c[1], c[2]))
	}
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(4, 0, 0), leap.AddDate(-1, 0, 0))
	z := time.FixedZone("X", -5*3600)
	fmt.Println(time.Date(2023, 12, 31, 22, 0, 0, 0, z).AddDate(0, 0, 1))
}

func arithmetic() {
	fmt.Println("-- Add/Sub")
	t := time.Date(2023, 6, 15, 12, 0, 0, 0, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, -time.Nanosecond, 36 * time.Hour, -1000 * time.Hour,
		time.Duration(1<<63 - 1), time.Duration(-1 << 63), 1500 * time.Millisecond} {
		u := t.Add(d)
		fmt.Println(d, u, u.Sub(t), t.Sub(u))
	}
	far := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)
	early := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(early), early.Sub(far), far.Sub(far))
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Add(1).IsZero(), zero.Unix(), zero.Weekday(), zero.YearDay())
	fmt.Println(zero.Add(-time.Nanosecond), zero.AddDate(0, 0, -1))
	fmt.Println(t.Sub(zero), zero.Sub(t))
}

func rounding() {
	fmt.Println("-- Truncate/Round")
	t := time.Date(2023, 6, 15, 12, 34, 56, 789012345, time.UTC)
	for _, d := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 7 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour,
		time.Duration(1<<63 - 1), 1500 * time.Millisecond, 333 * time.Millisecond} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	half := time.Date(2023, 6, 15, 12, 0, 30, 0, time.UTC)
	fmt.Println(half.Round(time.Minute), half.Add(-1).Round(time.Minute))
	old := time.Date(-100, 1, 1, 0, 0, 1, 500000000, time.UTC)
	fmt.Println(old.Truncate(time.Second), old.Round(time.Second), old.Truncate(time.Hour), old.Round(24*time.Hour))
	z := time.FixedZone("P", 5*3600+30*60)
	zt := time.Date(2023, 6, 15, 12, 34, 0, 0, z)
	fmt.Println(zt.Truncate(time.Hour), zt.Round(24*time.Hour))
}

func comparisons() {
	fmt.Println("-- comparisons")
	a := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	b := a.Add(time.Nanosecond)
	c := a.In(time.FixedZone("E", 3600))
	fmt.Println(a.Before(b), a.After(b), b.After(a), a.Equal(b), a.Equal(c), a == c, a.Compare(b), b.Compare(a), a.Compare(c))
	fmt.Println(a.Equal(a.UTC()), a == a.UTC(), c.UTC() == a, a.Local().Equal(a))
}

func unix() {
	fmt.Println("-- Unix")
	for _, s := range []int64{0, 1, -1, 1234567890, -62135596800, 253402300799, 1 << 40} {
		t := time.Unix(s, 0).UTC()
		fmt.Println(s, t, t.Unix(), t.UnixMilli(), t.UnixMicro())
	}
	fmt.Println(time.Unix(1, -1).UTC(), time.Unix(-1, 2e9+5).UTC(), time.Unix(0, -1).UTC().Nanosecond())
	fmt.Println(time.UnixMilli(-1).UTC(), time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1500001).UTC())
	t := time.Date(2023, 11, 14, 22, 13, 20, 123456789, time.UTC)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	neg := time.Date(1969, 12, 31, 23, 59, 59, 1, time.UTC)
	fmt.Println(neg.Unix(), neg.UnixMilli(), neg.UnixMicro(), neg.UnixNano())
	fmt.Println(time.Unix(0, 0).Location(), time.Unix(0, 0).UTC().Location(), time.Unix(0, 0))
}

func zones() {
	fmt.Println("-- zones")
	t := time.Date(2023, 3, 26, 1, 30, 0, 0, time.UTC)
	for _, z := range []*time.Location{time.UTC, time.Local, time.FixedZone("IST", 5*3600+30*60),
		time.FixedZone("", -8*3600), time.FixedZone("ODD", -(3600 + 1800 + 15)), time.FixedZone("BIG", 14*3600),
		time.FixedZone("", 0)} {
		u := t.In(z)
		name, off := u.Zone()
		fmt.Println(z, u, "|", name, off, u.Location(), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Weekday(), u.Unix() == t.Unix())
		d := time.Date(2023, 1, 1, 0, 0, 0, 0, z)
		fmt.Println(d, d.UTC(), d.Unix())
	}
	fmt.Println(time.UTC.String(), time.Local.String())
	var zero time.Time
	name, off := zero.Zone()
	fmt.Println(zero.Location(), name, off)
}

func names() {
	fmt.Println("-- names")
	for m := time.Month(-1); m <= 14; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 8; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	fmt.Println(time.January, time.December, time.Sunday, time.Saturday, int(time.March), int(time.Friday))
	fmt.Printf("%v %d %s %v\n", time.May, time.May, time.Thursday, []time.Month{1, 2})
}

func panics() {
	fmt.Println("-- panics")
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, recover()) }()
		f()
	}
	try("Date nil", func() { time.Date(2023, 1, 1, 0, 0, 0, 0, nil) })
	try("In nil", func() { time.Now().In(nil) })
}

func main() {
	dates()
	normalisation()
	isoWeeks()
	addDate()
	arithmetic()
	rounding()
	comparisons()
	unix()
	zones()
	names()
	panics()
}
