// Package time: durations, the wall and monotonic clocks, sleeping, timers and tickers.
//
// Duration's text form (String, ParseDuration) is native (stdlib/src/pkgs/duration.rs).
// Time holds a UTC wall clock reading and, when it comes from Now, a monotonic one; every
// Location behaves as UTC. Format understands Go's layout elements. Timers and tickers are
// runtime timers driven by natives (stdlib/src/pkgs/time.rs).
package time

import "errors"

// Duration is a signed span of time counted in nanoseconds (about ±292 years).
type Duration int64

// The bounds of Duration; rounding saturates at them.
const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// The units of Duration.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String is d as Go writes it: "1h2m3.5s" from one second up (zero units after the
// first kept), else a number and one of ns, µs, ms; zero is "0s".
func (d Duration) String() string

// Nanoseconds is d as an integer count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds is d in whole microseconds, truncated toward zero.
func (d Duration) Microseconds() int64 { return int64(d / Microsecond) }

// Milliseconds is d in whole milliseconds, truncated toward zero.
func (d Duration) Milliseconds() int64 { return int64(d / Millisecond) }

// Seconds is d in seconds, as a float.
func (d Duration) Seconds() float64 { return d.in(Second) }

// Minutes is d in minutes, as a float.
func (d Duration) Minutes() float64 { return d.in(Minute) }

// Hours is d in hours, as a float.
func (d Duration) Hours() float64 { return d.in(Hour) }

// in is d counted in unit: the whole units and the remainder are converted separately so
// that large durations keep their nanoseconds.
func (d Duration) in(unit Duration) float64 {
	return float64(d/unit) + float64(d%unit)/float64(unit)
}

// Truncate drops the part of d beyond a multiple of m (toward zero); m <= 0 keeps d.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round moves d to the nearest multiple of m, halfway cases away from zero, saturating
// at the bounds of Duration; m <= 0 keeps d.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	excess := d % m // has d's sign
	if excess < 0 {
		excess = -excess
	}
	if uint64(excess)*2 < uint64(m) {
		return d.Truncate(m)
	}
	away := m - excess // the distance to the next multiple, away from zero
	switch {
	case d < 0 && d < minDuration+away:
		return minDuration
	case d < 0:
		return d - away
	case d > maxDuration-away:
		return maxDuration
	}
	return d + away
}

// Abs is the magnitude of d; the most negative Duration gives the largest one.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// parseDuration is the native behind ParseDuration: the duration, or the error's text.
func parseDuration(s string) (Duration, string)

// ParseDuration reads a sequence of decimal numbers with units, like "1h30m" or
// "-1.5s", optionally signed; the units are ns, us (µs, μs), ms, s, m and h.
func ParseDuration(s string) (Duration, error) {
	d, problem := parseDuration(s)
	if problem != "" {
		return 0, errors.New(problem)
	}
	return d, nil
}

// ---- clocks and Time ----

// now returns the wall clock (seconds and nanoseconds since the Unix epoch) and the
// monotonic clock (nanoseconds since the program started, never 0).
func now() (sec int64, nsec int32, mono int64)

// Month numbers the months from January = 1.
type Month int

// The months.
const (
	January Month = iota + 1
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String is the month's English name, or "%!Month(n)" out of range.
func (m Month) String() string {
	if m < January || m > December {
		return "%!Month(" + decimal(uint64(m)) + ")"
	}
	return monthNames[m-1]
}

// Weekday numbers the days of the week from Sunday = 0.
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String is the day's English name, or "%!Weekday(n)" out of range.
func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return "%!Weekday(" + decimal(uint64(d)) + ")"
	}
	return dayNames[d]
}

// Location names a time zone; minigo only knows UTC, so every Location behaves as UTC.
type Location struct {
	name string
}

// UTC is Coordinated Universal Time.
var UTC *Location = &Location{"UTC"}

// Local is the machine's zone, which minigo takes to be UTC.
var Local *Location = &Location{"Local"}

// String is the zone's name.
func (l *Location) String() string { return l.name }

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 24 * 60 * 60

// Time is an instant to the nanosecond; its zero value is the start of January 1 of
// year 1, UTC. Instants from Now also carry a monotonic clock reading, which comparisons
// and Sub use when both sides have one.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int64 // [0, 999999999]
	mono int64 // monotonic reading in nanoseconds, 0 if none
}

// Now is the current instant, with a monotonic reading.
func Now() Time {
	unixSec, nsec, mono := now()
	return Time{unixSec + unixToInternal, int64(nsec), mono}
}

// Unix is the instant sec seconds plus nsec nanoseconds after the Unix epoch (either
// may be negative or nsec beyond a second).
func Unix(sec int64, nsec int64) Time {
	sec += floorDiv(nsec, 1e9)
	return Time{sec + unixToInternal, nsec - floorDiv(nsec, 1e9)*1e9, 0}
}

// UnixMilli is the instant msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// Date is the instant of a calendar date and clock time (in UTC whatever loc is). Values
// out of their usual range carry over: October 32 is November 1.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	months := int64(year)*12 + int64(month) - 1 // months since January of year 0
	y, m := floorDiv(months, 12), months-floorDiv(months, 12)*12+1
	days := daysFromCivil(y, m, 1) + int64(day) - 1
	return Unix(days*86400+int64(hour)*3600+int64(min)*60+int64(sec), int64(nsec))
}

// daysFromCivil returns the days since the Unix epoch of y-m-d (proleptic Gregorian).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y int64, m int64, d int64) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// unixSec is t's whole seconds since the Unix epoch.
func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// Unix is t in whole seconds since the Unix epoch.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli is t in milliseconds since the Unix epoch.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

// UnixMicro is t in microseconds since the Unix epoch.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// UnixNano is t in nanoseconds since the Unix epoch.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// Nanosecond is the fraction of t's second, in nanoseconds.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero Time's instant.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Compare is -1, 0 or +1 as t is before, at or after u (by the monotonic readings when
// both have one).
func (t Time) Compare(u Time) int {
	a, b := [2]int64{t.sec, t.nsec}, [2]int64{u.sec, u.nsec}
	if t.mono != 0 && u.mono != 0 {
		a, b = [2]int64{t.mono, 0}, [2]int64{u.mono, 0}
	}
	switch {
	case a[0] < b[0] || a[0] == b[0] && a[1] < b[1]:
		return -1
	case a == b:
		return 0
	}
	return 1
}

// After reports whether t is later than u.
func (t Time) After(u Time) bool { return t.Compare(u) > 0 }

// Before reports whether t is earlier than u.
func (t Time) Before(u Time) bool { return t.Compare(u) < 0 }

// Equal reports whether t and u are the same instant (whatever their locations).
func (t Time) Equal(u Time) bool { return t.Compare(u) == 0 }

// Add is the instant d after t (before it if d is negative).
func (t Time) Add(d Duration) Time {
	nsec := t.nsec + int64(d%Second)
	carry := floorDiv(nsec, 1e9)
	later := Time{t.sec + int64(d/Second) + carry, nsec - carry*1e9, 0}
	if t.mono != 0 {
		later.mono = t.mono + int64(d)
		if later.mono == 0 {
			later.mono = 1 // 0 means "no reading"
		}
	}
	return later
}

// Sub is the span from u to t, saturated at the bounds of Duration.
func (t Time) Sub(u Time) Duration {
	order := t.Compare(u)
	var d Duration
	var exact bool
	if t.mono != 0 && u.mono != 0 {
		d = Duration(t.mono - u.mono)
		exact = order == 0 || (d > 0) == (order > 0) // the subtraction did not wrap
	} else {
		d = Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
		exact = u.Add(d).Equal(t)
	}
	switch {
	case exact:
		return d
	case order < 0:
		return minDuration
	}
	return maxDuration
}

// AddDate moves t by a number of years, months and days on the calendar (carrying
// over as Date does: January 31 plus a month is March 2 or 3).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), UTC)
}

// Since is Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until is t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Truncate moves t back to a multiple of d counted from the zero Time; d <= 0 keeps
// the instant. Either way the result has no monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// Round moves t to the nearest multiple of d counted from the zero Time (halfway cases
// later); d <= 0 keeps the instant. Either way the result has no monotonic reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	past := t.mod(d)
	if uint64(past)*2 < uint64(d) {
		return t.Add(-past)
	}
	return t.Add(d - past)
}

// mod is the time from the last multiple of d (counted from the zero Time) to t, in
// [0, d): t's nanoseconds since the zero Time exceed 64 bits, so they are reduced
// modulo d piecewise.
func (t Time) mod(d Duration) Duration {
	sec, nsec := t.sec, t.nsec
	before := sec < 0 // t is before the zero Time: reduce its distance to it instead
	if before {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			sec, nsec = sec-1, nsec+1e9
		}
	}
	m := uint64(d)
	r := (mulMod(uint64(sec)%m, 1e9, m) + uint64(nsec)) % m
	if before && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod is a*b mod m for a < m < 2^63, without overflow (by doubling).
func mulMod(a, b, m uint64) uint64 {
	product := uint64(0)
	for ; b > 0; b >>= 1 {
		if b&1 == 1 {
			product = (product + a) % m
		}
		a = (a + a) % m
	}
	return product
}

// Date is t's calendar date.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civilFromDays(floorDiv(t.unixSec(), 86400))
	return int(y), Month(m), int(d)
}

// floorDiv is a/b rounded toward minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Clock is t's time of day.
func (t Time) Clock() (hour, min, sec int) {
	s := t.unixSec() - floorDiv(t.unixSec(), 86400)*86400
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Year is the year of t's date.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month is the month of t's date.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day is the day of the month of t's date.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// Hour is t's hour of the day, 0 to 23.
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute is t's minute of the hour, 0 to 59.
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second is t's second of the minute, 0 to 59.
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// Weekday is the day of the week of t's date.
func (t Time) Weekday() Weekday {
	d := floorDiv(t.unixSec(), 86400)
	return Weekday((d%7 + 11) % 7)
}

// YearDay is the ordinal of t's date in its year, from 1.
func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(floorDiv(t.unixSec(), 86400)-daysFromCivil(int64(y), 1, 1)) + 1
}

// UTC is t itself: every Time is in UTC here.
func (t Time) UTC() Time { return t }

// Local is t itself: the local zone is UTC here.
func (t Time) Local() Time { return t }

// In is t itself: every Location behaves as UTC.
func (t Time) In(loc *Location) Time { return t }

// Location is UTC.
func (t Time) Location() *Location { return UTC }

// decimal is v in base 10.
func decimal(v uint64) string {
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(digits[i:])
		}
	}
}

// itoa is v in base 10.
func itoa(v int64) string {
	if v < 0 {
		return "-" + decimal(uint64(-v))
	}
	return decimal(uint64(v))
}

// pad is itoa(v) with its digits zero-filled to at least width.
func pad(v int64, width int) string {
	sign, digits := "", itoa(v)
	if v < 0 {
		sign, digits = "-", digits[1:]
	}
	for len(digits) < width {
		digits = "0" + digits
	}
	return sign + digits
}

// Ready-made layouts for Format; each writes the reference time
// Mon Jan 2 15:04:05 MST 2006 the way the layout wants any time written.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// layoutElems are the layout elements Format recognises, longest first.
var layoutElems = []string{"January", "Monday", "Z07:00", "-07:00", "-0700", "2006", "Jan",
	"Mon", "MST", "002", "01", "02", "_2", "03", "04", "05", "06", "15", "PM", "pm", "Z07", "-07",
	"1", "2", "3", "4", "5"}

// Format writes t as layout shows the reference time (zones always as UTC); text that
// is no layout element is copied.
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	var b []byte
	for i := 0; i < len(layout); {
		// Fractional seconds: .000 / .999 / ,000 after a seconds element.
		if (layout[i] == '.' || layout[i] == ',') && i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			j := i + 1
			for j < len(layout) && layout[j] == layout[i+1] {
				j++
			}
			if j == len(layout) || layout[j] < '0' || layout[j] > '9' {
				b = appendFrac(b, layout[i], t.nsec, j-i-1, layout[i+1] == '9')
				i = j
				continue
			}
		}
		matched := ""
		for _, e := range layoutElems {
			if len(layout)-i >= len(e) && layout[i:i+len(e)] == e {
				matched = e
				break
			}
		}
		switch matched {
		case "":
			b = append(b, layout[i])
			i++
			continue
		case "January":
			b = append(b, month.String()...)
		case "Jan":
			b = append(b, month.String()[:3]...)
		case "Monday":
			b = append(b, t.Weekday().String()...)
		case "Mon":
			b = append(b, t.Weekday().String()[:3]...)
		case "MST":
			b = append(b, "UTC"...)
		case "Z07:00", "Z07":
			b = append(b, 'Z')
		case "-07:00":
			b = append(b, "+00:00"...)
		case "-0700":
			b = append(b, "+0000"...)
		case "-07":
			b = append(b, "+00"...)
		case "2006":
			b = append(b, pad(int64(year), 4)...)
		case "06":
			b = append(b, pad(int64(year%100), 2)...)
		case "01":
			b = append(b, pad(int64(month), 2)...)
		case "1":
			b = append(b, itoa(int64(month))...)
		case "02":
			b = append(b, pad(int64(day), 2)...)
		case "_2":
			if day < 10 {
				b = append(b, ' ')
			}
			b = append(b, itoa(int64(day))...)
		case "2":
			b = append(b, itoa(int64(day))...)
		case "002":
			b = append(b, pad(int64(t.YearDay()), 3)...)
		case "15":
			b = append(b, pad(int64(hour), 2)...)
		case "03", "3":
			h := hour % 12
			if h == 0 {
				h = 12
			}
			if matched == "03" {
				b = append(b, pad(int64(h), 2)...)
			} else {
				b = append(b, itoa(int64(h))...)
			}
		case "04":
			b = append(b, pad(int64(min), 2)...)
		case "4":
			b = append(b, itoa(int64(min))...)
		case "05":
			b = append(b, pad(int64(sec), 2)...)
		case "5":
			b = append(b, itoa(int64(sec))...)
		case "PM", "pm":
			s := "AM"
			if hour >= 12 {
				s = "PM"
			}
			if matched == "pm" {
				s = s[:0] + string(s[0]+32) + string(s[1]+32)
			}
			b = append(b, s...)
		}
		i += len(matched)
	}
	return string(b)
}

// appendFrac appends the fractional second nsec with n digits (trailing zeros trimmed,
// and the separator dropped when nothing is left, if trim).
func appendFrac(b []byte, sep byte, nsec int64, n int, trim bool) []byte {
	if n > 9 {
		n = 9
	}
	digits := pad(nsec, 9)[:n]
	if trim {
		for len(digits) > 0 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		if digits == "" {
			return b
		}
	}
	b = append(b, sep)
	return append(b, digits...)
}

// String is t in the layout "2006-01-02 15:04:05.999999999 -0700 MST", followed by the
// monotonic reading as " m=±seconds" when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		s += " m=" + string(sign) + itoa(m/1e9) + "." + pad(m%1e9, 9)
	}
	return s
}

// ---- sleeping and timers ----

// Sleep parks the calling goroutine for d or a little longer; d <= 0 returns at once.
func Sleep(d Duration)

// newTimer creates the runtime timer of the Timer or Ticker whose channel is c and arms
// it for d (periodically if period > 0). When it fires it starts f in a new goroutine if
// f is not nil, else sends the current time on c. The runtime holds c weakly: a timer
// nobody can reach any more is forgotten (see stdlib/src/pkgs/time.rs).
func newTimer(c chan Time, f func(), d, period Duration)

// stopTimer disarms the timer of channel c and reports whether it was armed.
func stopTimer(c chan Time) bool

// resetTimer re-arms the timer of channel c and reports whether it was armed.
func resetTimer(c chan Time, d, period Duration) bool

// Timer fires once: it then sends the time on C, or for AfterFunc runs the function.
type Timer struct {
	C <-chan Time
	// c identifies the runtime timer: C's channel, or for AfterFunc a channel that is
	// never sent on. nil in a Timer not made by NewTimer or AfterFunc.
	c chan Time
}

// NewTimer is a Timer that sends on C once d has passed.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	newTimer(c, nil, d, 0)
	return &Timer{C: c, c: c}
}

// AfterFunc is a Timer that runs f in a new goroutine once d has passed; its C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	c := make(chan Time)
	newTimer(c, f, d, 0)
	return &Timer{c: c}
}

// After is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// drain discards a sent but unreceived value: as in Go 1.23+, no stale value is
// received after Stop or Reset, and such a timer still counted as active.
func drain(c chan Time) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// Stop disarms t and reports whether it was still armed (false once it fired or was
// stopped). A value sent but not received is discarded.
func (t *Timer) Stop() bool {
	if t.c == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t.c)
	return drain(t.c) || active
}

// Reset re-arms t to fire d from now and reports whether it was still armed. A value
// sent but not received is discarded.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	drained := drain(t.c)
	return resetTimer(t.c, d, 0) || drained
}

// Ticker sends the time on C every period; a slow receiver misses ticks rather than
// queueing them.
type Ticker struct {
	C <-chan Time
	c chan Time
}

// NewTicker is a Ticker of period d, which must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	newTimer(c, nil, d, d)
	return &Ticker{C: c, c: c}
}

// Stop ends the ticks (C is not closed).
func (t *Ticker) Stop() {
	if t.c == nil {
		return
	}
	stopTimer(t.c)
	drain(t.c)
}

// Reset restarts the ticks with period d, the next one d from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	drain(t.c)
	resetTimer(t.c, d, d)
}

// Tick is the C of a Ticker of period d that is never stopped, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
