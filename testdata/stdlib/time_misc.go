// golden: env=TZ=UTC
// Time in fmt (%v, %#v, inside structs and slices), MarshalText/UnmarshalText, Format/Parse
// round trips over many instants and layouts, Parse corner cases, LoadLocation, Time as a
// map key, and ParseDuration.
package main

import (
	"fmt"
	"time"
)

type event struct {
	Name string
	At   time.Time
}

func printing() {
	fmt.Println("-- fmt")
	t := time.Date(2009, 11, 10, 23, 4, 5, 6, time.UTC)
	z := time.Date(2009, 11, 10, 23, 4, 5, 0, time.FixedZone("EST", -5*3600))
	fmt.Printf("%v|%s|%#v\n", t, t, t)
	fmt.Printf("%#v\n%#v\n", z, time.Date(1, 1, 1, 0, 0, 0, 0, time.Local))
	fmt.Printf("%#v\n", time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("", 3600)))
	fmt.Println([]time.Time{t, z}, event{"launch", t})
	fmt.Printf("%v %+v\n", &event{"x", z}, event{"y", t})
	fmt.Printf("%q %x %10.4s|\n", t, t.Month(), t)
	fmt.Printf("%v %d %v %d\n", t.Month(), t.Month(), t.Weekday(), t.Weekday())
}

func marshal() {
	fmt.Println("-- MarshalText")
	for _, t := range []time.Time{time.Date(2009, 11, 10, 23, 4, 5, 6, time.UTC),
		time.Date(2009, 11, 10, 23, 4, 5, 0, time.FixedZone("EST", -5*3600)),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), {}} {
		b, err := t.MarshalText()
		fmt.Printf("%q %v\n", b, err)
		if err == nil {
			var u time.Time
			err = u.UnmarshalText(b)
			fmt.Println(u, err, u.Equal(t))
		}
	}
	var u time.Time
	fmt.Println(u.UnmarshalText([]byte("2009-11-10")), u.IsZero())
	fmt.Println(u.UnmarshalText([]byte("2009-11-10T23:00:00.5+01:00")), u)
	for _, t := range []time.Time{time.Date(2009, 11, 10, 23, 4, 5, 6, time.FixedZone("E", 3600)),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 30))} {
		b, err := t.MarshalJSON()
		fmt.Printf("%q %v\n", b, err)
	}
	for _, s := range []string{`"2009-11-10T23:04:05Z"`, `null`, `2009`, `"2009-11-10"`, `"2009-11-10T23:04:05+24:00"`,
		`"2009-11-10T3:04:05Z"`, `"2009-11-10T23:04:05,5Z"`, `"`, `""`} {
		err := u.UnmarshalJSON([]byte(s))
		fmt.Println(u, err)
		err = u.UnmarshalText([]byte(s[1:max(1, len(s)-1)]))
		fmt.Println(u, err)
	}
	fmt.Println(time.Now().IsDST(), u.IsDST())
}

func roundTrips() {
	fmt.Println("-- round trips")
	zones := []*time.Location{time.UTC, time.FixedZone("AEST", 10*3600), time.FixedZone("", -(3*3600 + 30*60))}
	layouts := []string{time.RFC3339Nano, time.RFC1123Z, time.RubyDate, time.DateTime + ".000000000 -07:00:00",
		"2006 002 15 04 05 .999999999 Z0700", "Monday January _2 3:04:05.000 PM 2006 -07", "06/1/2 3.4.5,999999 pm Z07:00"}
	bad := 0
	for i := 0; i < 200; i++ {
		sec := int64(i)*987654321987%(400*365*86400) - 100*365*86400
		t := time.Unix(sec, int64(i)*7777777%1e9).In(zones[i%len(zones)])
		for _, l := range layouts {
			s := t.Format(l)
			p, err := time.Parse(l, s)
			if err != nil || p.Format(l) != s {
				bad++
				fmt.Println("mismatch", l, s, p.Format(l), err)
			}
		}
		if i%40 == 0 {
			fmt.Println(t.Format(layouts[6]), "|", t.Format(layouts[4]), "|", t.Format(layouts[5]))
		}
	}
	fmt.Println("mismatches:", bad)
}

func parseCorners() {
	fmt.Println("-- parse corners")
	for _, c := range [][2]string{
		{"x-y2006", "x-z2024"}, {"x-y2006", "x-"}, {"2006-01-02", "2024-01-02 "}, {"2006 ", "2024   "},
		{"05.0000000000", "07.1234567891"}, {"05.0000000000", "07.123456789"}, {"05.000", "07.-12"}, {"05.000", "07.+12"},
		{"05.999", "07.-1"}, {"06", "-5"}, {"06", "+x"}, {"2006", "+123"}, {"Jan", "ja"}, {"Mon Jan", "Tue Feb"},
		{"15:04:05.000", "10:20:30.123"}, {"15:04:05 .000", "10:20:30.123 .456"}, {"15:04:05 .000", "10:20:30 .456"},
		{"3:04:05PM", "12:00:00AM"}, {"PM 3", "PM 12"}, {"Z07:00", "Z"}, {"Z07:00", "z"}, {"-07:00", "Z"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05+25:00"}, {"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05+24:00"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05.1234Z"}, {"2006-01-02T15:04:05Z07:00", "2006-01-02T1:04:05Z"},
		{"2006-01-02T15:04:05Z07:00", "2006-01-02t15:04:05z"}, {"January _2", "may  3"}, {"2 Jan", "31 Feb"},
		{"01/02/2006", "02/29/2023"}, {"__2 2006", "366 2023"}, {"002 01 2006", "060 03 2024"}, {"MST", "UTCX"}, {"MST", "Z"},
		{"MST 2006", "EST2024"}, {"-0700 MST", "+0000 UTC"}, {"-0700 MST", "-0500 UTC"},
		{"MST", "GMT+23"}, {"MST", "GMT+24"}, {"MST", "GMT-23"}, {"MST", "GMT+007"}, {"MST", "GMT-0"}, {"MST", "+23"},
		{"MST", "-24"}, {"MST", "+007"}, {"MST", "GMT+0000000000000000001"}, {"MST", "GMT+99999999999999999999"},
		{"pm Jan am", "pm Jun am"}, {"pm am 3", "am pm 12"}, {"pm am 3", "am am 12"},
	} {
		t, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%q %q: %v\n", c[0], c[1], err)
			continue
		}
		name, off := t.Zone()
		fmt.Printf("%q %q: %v [%s %d]\n", c[0], c[1], t, name, off)
	}
}

func misc() {
	fmt.Println("-- misc")
	for _, name := range []string{"", "UTC", "Local", "Nowhere/City"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(loc, err)
	}
	seen := map[time.Time]int{}
	a := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	seen[a]++
	seen[a.Add(0)]++
	seen[a.In(time.FixedZone("X", 0))]++
	fmt.Println(len(seen), seen[a])
	for _, s := range []string{"1h30m", "-1.5h", "300ms", "2h45m30.5s", "1µs", "0", "", "3", "1d"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	var t time.Time
	fmt.Println(t.Format(time.RFC3339Nano), t.Format(time.Kitchen), t.YearDay(), t.Weekday())
	fmt.Println(time.Unix(1e9, 0).UTC().Format(time.UnixDate), time.UnixMicro(1).UTC().Format(time.StampMicro))
}

func main() {
	printing()
	marshal()
	roundTrips()
	parseCorners()
	misc()
}
