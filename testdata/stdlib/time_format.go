// golden: env=TZ=UTC
// Time.Format: every layout element Go documents, the predefined layouts, how a layout is
// split into elements (look-alikes stay literal), zones of every shape, and String.
package main

import (
	"fmt"
	"time"
)

var elements = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "15", "03", "3",
	"04", "4", "05", "5", "PM", "pm", "MST", "-0700", "-07:00", "-07", "-070000", "-07:00:00",
	"Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00", ".0", ".000", ".000000", ".000000000",
	".9", ".999", ".999999", ".999999999", ",000", ",999", ".0000000000", ".99999999999", "Mon", "Monday", "002", "__2"}

var layouts = []struct {
	name, layout string
}{
	{"Layout", time.Layout}, {"ANSIC", time.ANSIC}, {"UnixDate", time.UnixDate}, {"RubyDate", time.RubyDate},
	{"RFC822", time.RFC822}, {"RFC822Z", time.RFC822Z}, {"RFC850", time.RFC850}, {"RFC1123", time.RFC1123},
	{"RFC1123Z", time.RFC1123Z}, {"RFC3339", time.RFC3339}, {"RFC3339Nano", time.RFC3339Nano},
	{"Kitchen", time.Kitchen}, {"Stamp", time.Stamp}, {"StampMilli", time.StampMilli},
	{"StampMicro", time.StampMicro}, {"StampNano", time.StampNano}, {"DateTime", time.DateTime},
	{"DateOnly", time.DateOnly}, {"TimeOnly", time.TimeOnly},
}

var times = []time.Time{
	time.Date(2006, 1, 2, 15, 4, 5, 0, time.FixedZone("MST", -7*3600)),
	time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC),
	time.Date(2024, 2, 29, 0, 7, 9, 120000000, time.FixedZone("IST", 5*3600+30*60)),
	time.Date(1999, 12, 31, 12, 0, 0, 999999999, time.FixedZone("", -(9*3600 + 30*60))),
	time.Date(2023, 7, 4, 11, 59, 59, 1000, time.FixedZone("ODD", 3600+23*60+45)),
	time.Date(2023, 7, 4, 11, 59, 59, 1000, time.FixedZone("", -(3600 + 23*60 + 45))),
	time.Date(2023, 7, 4, 9, 5, 3, 500, time.FixedZone("TINY", -30)),
	time.Date(2001, 9, 9, 1, 46, 40, 100200300, time.Local),
	time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(-1, 12, 31, 0, 0, 0, 0, time.UTC),
	time.Date(-123, 3, 5, 0, 0, 0, 0, time.UTC),
	time.Date(-12345, 3, 5, 0, 0, 0, 0, time.UTC),
	time.Date(5, 3, 5, 0, 0, 0, 0, time.UTC),
	time.Date(10000, 10, 10, 10, 10, 10, 10, time.UTC),
	time.Date(2020, 12, 31, 12, 30, 0, 0, time.UTC),
	{},
}

func main() {
	for _, t := range times {
		fmt.Println("==", t)
		for _, e := range elements {
			fmt.Printf("%q:%q ", e, t.Format(e))
		}
		fmt.Println()
		for _, l := range layouts {
			fmt.Printf("%s: %s\n", l.name, t.Format(l.layout))
		}
	}
	t := time.Date(2023, 1, 5, 8, 3, 7, 123456789, time.FixedZone("CET", 3600))
	for _, layout := range []string{
		"", "x", "Janet Monk MSTX Mondays Janu Jan2006", "JanuaryJan", "2006-1-2 3:4:5", "20061",
		"_2006 __2006 ___2 _ __", "002 __2 _002 2_2", ".000 .0009 .9990 ,9 .09 .90 5.000", "05.000 05,999 05.99",
		"15:04:05.000000000000", "PMpmAMam Pm", "-07 -7 Z7 Z-07 -07:0 -07:00:0", "06062006", "01021504",
		"1 2 3 4 5 6 7 8 9", "Mon Monday Monda Tue", "MonJan", "15h04m05s", "2006-01-02T15:04:05.999999999Z07:00",
		"2006-01-02T15:04:05.000Z0700", "Jan _2 15:04:05.000000 MST 2006", "January 2, 2006 at 3:04pm (MST)",
		"\t\n日本 2006年01月02日", "%Y-%m-%d", "0102030405060708",
	} {
		fmt.Printf("%q -> %q\n", layout, t.Format(layout))
	}
	b := t.AppendFormat([]byte("at "), time.Kitchen)
	fmt.Println(string(b))
	fmt.Println(t.String(), time.Time{}.String())
	fmt.Printf("%v | %s | %d\n", t, t, t.Year())
	for _, h := range []int{0, 1, 11, 12, 13, 23} {
		u := time.Date(2023, 1, 1, h, 0, 0, 0, time.UTC)
		fmt.Print(u.Format("15 03 3 PM pm|"), " ")
	}
	fmt.Println()
}
