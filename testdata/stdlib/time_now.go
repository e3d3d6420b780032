// golden: env=TZ=UTC
// time.Now and the monotonic clock, printing only properties (never the current time):
// the shape of String with its "m=+" reading, what keeps or strips the reading, Since/Until,
// and the location of Now and of a timer's time.
package main

import (
	"fmt"
	"strings"
	"time"
)

// shape replaces every digit of s by 9.
func shape(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '9'
		}
		return r
	}, s)
}

func hasMono(t time.Time) bool { return strings.Contains(t.String(), " m=") }

func main() {
	t0 := time.Now()
	time.Sleep(2 * time.Millisecond)
	t1 := time.Now()
	fmt.Println(t1.After(t0), t0.Before(t1), t1.Sub(t0) >= 2*time.Millisecond, t0.Equal(t0), t1.Compare(t0))
	fmt.Println(time.Since(t0) > 0, time.Until(t0) < 0, time.Until(t1.Add(time.Hour)) > 59*time.Minute)
	s := t1.String()
	i := strings.Index(s, " m=+")
	fmt.Println(i > 0, shape(s[i:]), shape(s[:19]), strings.HasSuffix(s[:i], " +0000 UTC"))
	fmt.Println(t1.Location(), t1.Location() == time.Local, t1.Year() >= 2024, t1.Nanosecond() < 1e9)
	fmt.Println(hasMono(t1), hasMono(t1.Add(time.Hour)), hasMono(t1.Round(0)), hasMono(t1.Truncate(time.Second)),
		hasMono(t1.UTC()), hasMono(t1.In(time.FixedZone("X", 60))), hasMono(t1.AddDate(0, 0, 1)), hasMono(t1.Local()))
	fmt.Println(t1.Round(0).Equal(t1), t1.UTC().Location(), t1.Round(0).String() == t1.Round(0).Format("2006-01-02 15:04:05.999999999 -0700 MST"))
	fmt.Println(shape(t1.Truncate(time.Second).String()), shape(t1.Format(time.RFC3339)))
	// Wall time moved, monotonic kept: Sub and comparisons use the monotonic readings.
	a := time.Now()
	b := a.Add(time.Second)
	fmt.Println(b.Sub(a), a.Sub(b), b.After(a), a.Round(0).Add(time.Second).Sub(a))
	u := time.Unix(t1.Unix(), int64(t1.Nanosecond()))
	fmt.Println(u.Equal(t1), u == t1, hasMono(u), u.Location() == time.Local)
	timer := time.NewTimer(time.Millisecond)
	fired := <-timer.C
	fmt.Println(fired.After(t0), fired.Location() == time.Local, hasMono(fired))
	fmt.Println(time.Now().Sub(t0) < time.Minute, time.Since(time.Time{}) > 0)
}
