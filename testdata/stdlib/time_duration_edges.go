// time.Duration: String at every unit boundary and the extremes, Round/Truncate with
// halfway values, negatives and overflow, the float conversions, ParseDuration's grammar
// and every error message; Month/Weekday names and a fixed Time's fields and formats.
package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 999999999, 1e9, 1e9 + 1,
		59 * time.Second, 60 * time.Second, 61*time.Second + 5, time.Hour, time.Hour + time.Nanosecond, 100 * time.Hour,
		math.MaxInt64, math.MinInt64, -1, -1500, -time.Hour - time.Millisecond} {
		fmt.Println(int64(d), d, d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours(), d.Abs())
	}
	ms := []time.Duration{-time.Second, 0, 1, 3, time.Millisecond, time.Second, time.Hour, math.MaxInt64}
	for _, d := range []time.Duration{1500 * time.Millisecond, 2500 * time.Millisecond, -1500 * time.Millisecond, -2500 * time.Millisecond, 7, -7, math.MaxInt64 - 5, math.MinInt64 + 5} {
		for _, m := range ms {
			fmt.Print(d.Round(m), " ", d.Truncate(m), " | ")
		}
		fmt.Println()
	}
	inputs := []string{"0", "+0", "-0", "", "+", "-", "1", "1s", "-1.5h", "+2h45m", "1.s", ".5m", ".s", "1.", "300ms", "1us", "1µs", "1μs",
		"1ns1ns", "1h1h", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "-2562047h47m16.854775808s",
		"-2562047h47m16.854775809s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"99999999999999999999ns", "0.000000001s", "0.0000000001s", "1.0000000000000000000001h", "3.333333333333333333333333333h",
		"5 s", "5x", "5sec", "s", "1e3s", "1h-2m", "\x00", "5ĳ", "5\xff", "5\"\\", "10m\t", "1.5.5s", "0x10s"}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %d %v\n", s, int64(d), err)
	}
	for m := time.Month(-1); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d, " ")
	}
	fmt.Println()
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay(), t.Unix(), t.UnixMilli())
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.RFC1123, time.StampMilli, time.DateTime, "2006-01-02 .000 ,999 pm Monday Jan 1 2 _2 002 3 03 04 4 05 5 06"} {
		fmt.Println(t.Format(layout))
	}
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Equal(t), u.Compare(t), t.AddDate(0, 1, 1), t.AddDate(1, -14, 0))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Millisecond), t.Truncate(24*time.Hour), time.Unix(0, -1).UTC(), time.UnixMilli(1500).UTC())
	fmt.Println(time.Time{}, time.Time{}.IsZero(), time.Date(2023, 13, 32, 25, 61, 61, 0, time.UTC))
	old := time.Date(-5, 3, 1, 12, 0, 0, 700, time.UTC)
	for _, d := range []time.Duration{1500 * time.Millisecond, 7 * time.Second, 90 * time.Minute, 10*time.Second + 1, 1<<62 + 3, 333 * time.Nanosecond} {
		fmt.Println(t.Round(d), t.Truncate(d), old.Round(d), old.Truncate(d))
	}
	now := time.Now()
	fmt.Println(strings.Contains(now.String(), " m="), strings.Contains(now.Round(0).String(), " m="), strings.Contains(now.Truncate(-1).String(), " m="), strings.Contains(now.Add(time.Hour).String(), " m="))
	later := now.Add(time.Second)
	fmt.Println(later.Sub(now), now.Sub(later), later.After(now), now.Round(0).Equal(now), time.Unix(1<<40, 0).Sub(time.Unix(-1<<40, 0)), time.Unix(-1<<40, 0).Sub(time.Unix(1<<40, 0)))
}
