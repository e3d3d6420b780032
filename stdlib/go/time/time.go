// Package time: durations, civil time, the wall and monotonic clocks, sleeping, timers
// and tickers.
//
// Duration's text form (String, ParseDuration) is native (stdlib/src/pkgs/duration.rs).
// Time holds seconds since January 1 of year 1 UTC, a monotonic reading when it comes from
// Now, and its Location; Locations are fixed offsets from UTC (Local is taken to be UTC).
// The calendar (stdlib/src/pkgs/calendar.rs) and layouts for Format and Parse
// (stdlib/src/pkgs/layout.rs) are native. Timers and tickers are runtime timers driven by
// natives (stdlib/src/pkgs/time.rs).
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

// Location is a time zone. minigo knows fixed zones only: UTC, FixedZone's, and Local,
// which it takes to be UTC (named "Local" when TZ is unset, else "UTC", as Go names a
// UTC local zone).
type Location struct {
	name   string // what String shows
	zone   string // the abbreviation times in the zone show
	offset int    // seconds east of UTC
}

var utcLoc = Location{"UTC", "UTC", 0}
var localLoc = Location{localName(), "UTC", 0}

// localName is "Local" when the TZ environment variable is unset, else "UTC".
func localName() string

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the machine's zone, which minigo takes to be UTC.
var Local *Location = &localLoc

// String is the zone's name.
func (l *Location) String() string { return l.get().name }

// get is l, with nil standing for UTC as in a Time.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// FixedZone is a zone always offset seconds east of UTC, whose times show name.
func FixedZone(name string, offset int) *Location {
	return &Location{name, name, offset}
}

// LoadLocation knows "UTC" (or "") and "Local" only: minigo has no time zone database.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// Time is an instant to the nanosecond, seen in a zone; its zero value is the start of
// January 1 of year 1, UTC. Instants from Now also carry a monotonic clock reading, which
// comparisons and Sub use when both sides have one.
type Time struct {
	sec  int64     // seconds since January 1, year 1 00:00:00 UTC
	nsec int64     // [0, 999999999]
	mono int64     // monotonic reading in nanoseconds, 0 if none
	loc  *Location // nil for UTC
}

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 24 * 60 * 60

// Now is the current instant in Local, with a monotonic reading.
func Now() Time {
	unixSec, nsec, mono := now()
	return Time{unixSec + unixToInternal, int64(nsec), mono, Local}
}

// Unix is the instant sec seconds plus nsec nanoseconds after the Unix epoch (either
// may be negative or nsec beyond a second), in Local.
func Unix(sec int64, nsec int64) Time {
	carry := floorDiv(nsec, 1e9)
	return Time{sec + carry + unixToInternal, nsec - carry*1e9, 0, Local}
}

// UnixMilli is the instant msec milliseconds after the Unix epoch, in Local.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro is the instant usec microseconds after the Unix epoch, in Local.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// dateSeconds is the civil time of a date and clock reading as seconds since January 1,
// year 1 on the same clock, fields out of range carrying over, and nsec reduced to a
// second (the whole seconds it holds going into the result).
func dateSeconds(year int, month Month, day, hour, min, sec, nsec int) (int64, int64)

// Date is the instant that shows the given calendar date and clock time in loc. Values
// out of their usual range carry over: October 32 is November 1.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	civil, n := dateSeconds(year, month, day, hour, min, sec, nsec)
	return Time{civil - int64(loc.offset), n, 0, loc}.in(loc)
}

// in is t seen in loc (UTC stored as nil), without a monotonic reading.
func (t Time) in(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
	t.mono = 0
	return t
}

// UTC is t seen in UTC.
func (t Time) UTC() Time { return t.in(nil) }

// Local is t seen in Local.
func (t Time) Local() Time { return t.in(Local) }

// In is t seen in loc, which must not be nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	return t.in(loc)
}

// Location is t's zone.
func (t Time) Location() *Location { return t.loc.get() }

// Zone is the abbreviation and offset (seconds east of UTC) of t's zone.
func (t Time) Zone() (name string, offset int) {
	l := t.loc.get()
	return l.zone, l.offset
}

// abs is t's reading on its zone's clock, in seconds since January 1, year 1.
func (t Time) abs() int64 { return t.sec + int64(t.loc.get().offset) }

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

// Add is the instant d after t (before it if d is negative), in t's zone.
func (t Time) Add(d Duration) Time {
	nsec := t.nsec + int64(d%Second)
	carry := floorDiv(nsec, 1e9)
	t.sec += int64(d/Second) + carry
	t.nsec = nsec - carry*1e9
	if t.mono != 0 {
		t.mono += int64(d)
		if t.mono == 0 {
			t.mono = 1 // 0 means "no reading"
		}
	}
	return t
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

// AddDate moves t by a number of years, months and days on its zone's calendar,
// carrying over as Date does: January 31 plus a month is March 2 or 3.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
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

// floorDiv is a/b rounded toward minus infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// ---- the calendar (natives in stdlib/src/pkgs/calendar.rs) ----

// absDate is the date of abs seconds since January 1, year 1, and its day of the year.
func absDate(abs int64) (year int, month Month, day int, yday int)

// isoWeek is the ISO 8601 year and week of abs seconds since January 1, year 1.
func isoWeek(abs int64) (year, week int)

// Date is t's calendar date in its zone.
func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = absDate(t.abs())
	return
}

// Clock is t's time of day in its zone.
func (t Time) Clock() (hour, min, sec int) {
	s := int(t.abs() - floorDiv(t.abs(), 86400)*86400)
	return s / 3600, s / 60 % 60, s % 60
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

// Weekday is the day of the week of t's date (January 1 of year 1 was a Monday).
func (t Time) Weekday() Weekday {
	days := floorDiv(t.abs(), 86400)
	return Weekday((days%7 + 8) % 7)
}

// YearDay is the ordinal of t's date in its year, from 1.
func (t Time) YearDay() int {
	_, _, _, yday := absDate(t.abs())
	return yday
}

// ISOWeek is the ISO 8601 year and week number of t's date: weeks start on Monday, and
// week 1 holds the year's first Thursday.
func (t Time) ISOWeek() (year, week int) { return isoWeek(t.abs()) }

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
func itoa(v int) string {
	if v < 0 {
		return "-" + decimal(uint64(-v))
	}
	return decimal(uint64(v))
}

// ---- layouts (natives in stdlib/src/pkgs/layout.rs) ----

// Ready-made layouts for Format and Parse; each writes the reference time
// Mon Jan 2 15:04:05 MST 2006 the way the layout wants any time written.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// format is layout with its elements replaced by the fields of the time abs (seconds since
// January 1, year 1 on its zone's clock) and nsec, in the zone named zone at offset.
func format(layout string, abs int64, nsec int64, zone string, offset int) string

// Format writes t as layout writes the reference time.
func (t Time) Format(layout string) string {
	zone, offset := t.Zone()
	return format(layout, t.abs(), t.nsec, zone, offset)
}

// AppendFormat appends t.Format(layout) to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// String is t in the layout "2006-01-02 15:04:05.999999999 -0700 MST", followed by the
// monotonic reading as " m=±seconds" when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono == 0 {
		return s
	}
	sign, m := "+", uint64(t.mono)
	if t.mono < 0 {
		sign, m = "-", -m
	}
	fraction := decimal(m%1e9 + 1e9) // a leading 1 keeps the zeros
	return s + " m=" + sign + decimal(m/1e9) + "." + fraction[1:]
}

// GoString is t as the Go expression that makes it, for %#v:
// time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC).
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	s := "time.Date(" + itoa(year) + ", time." + month.String()
	for _, v := range [...]int{day, hour, min, sec, int(t.nsec)} {
		s += ", " + itoa(v)
	}
	switch t.loc {
	case nil:
		return s + ", time.UTC)"
	case Local:
		return s + ", time.Local)"
	}
	return s + ", time.Location(" + quote(t.loc.name) + "))"
}

// MarshalText is t in RFC 3339 with nanoseconds; years outside 0-9999 are an error.
func (t Time) MarshalText() ([]byte, error) { return t.marshal("MarshalText", "") }

// MarshalJSON is MarshalText's text as a JSON string.
func (t Time) MarshalJSON() ([]byte, error) { return t.marshal("MarshalJSON", `"`) }

// marshal is t in RFC 3339 with nanoseconds between quote marks, or method's error for a
// year outside 0-9999.
func (t Time) marshal(method, quote string) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time." + method + ": year outside of range [0,9999]")
	}
	return []byte(quote + t.Format(RFC3339Nano) + quote), nil
}

// UnmarshalText sets t from RFC 3339 text, or to the zero Time if the text is not that.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// UnmarshalJSON sets t from a JSON string holding RFC 3339 text; JSON null leaves t as
// it is.
func (t *Time) UnmarshalJSON(data []byte) error {
	s := string(data)
	if s == "null" {
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	return t.UnmarshalText(data[1 : len(data)-1])
}

// IsDST is false: minigo's zones are fixed offsets, without daylight saving time.
func (t Time) IsDST() bool { return false }

// ParseError describes why Parse rejected a value: the layout element and the value
// text that did not match, or a Message about the value as a whole.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// quote is s between double quotes, with '"', '\\' and bytes outside printable ASCII
// escaped.
func quote(s string) string

// Error is the failure in Go's words.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
		quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// What a parsed value said about its zone (parseLayout's zoneKind).
const (
	zoneNone   = iota // nothing: the time is in the default location
	zoneUTC           // "Z" or "UTC"
	zoneOffset        // a numeric offset, maybe with a name
	zoneName          // a name only, with the offset of a "GMT+h" name or 0
)

// parseLayout reads value as layout writes the reference time. It returns the civil time
// read (seconds since January 1, year 1 on the value's clock) and nanoseconds, and what the
// value said about its zone; or, with ok false, the parts of a ParseError.
func parseLayout(layout, value string) (civil int64, nsec int64, zoneKind int, zoneName string, zoneOffset int,
	layoutElem, valueElem, message string, ok bool)

// Parse reads value as layout writes the reference time. Missing fields default to
// January 1 of year 0 at midnight; a value without a zone is in UTC, and one whose offset
// is Local's is in Local.
func Parse(layout, value string) (Time, error) { return parseIn(layout, value, UTC, Local) }

// ParseInLocation is Parse with loc in place of UTC and Local.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseIn(layout, value, loc, loc)
}

// parseIn parses value and places it in a zone: the one it named (local if local's zone
// has that offset or name, else a zone made up for it), or else defaultLoc.
func parseIn(layout, value string, defaultLoc, local *Location) (Time, error) {
	civil, nsec, kind, name, offset, layoutElem, valueElem, message, ok := parseLayout(layout, value)
	if !ok {
		return Time{}, &ParseError{layout, value, layoutElem, valueElem, message}
	}
	loc := defaultLoc
	switch {
	case kind == zoneUTC:
		loc = UTC
	case kind == zoneOffset && offset == local.offset && (name == "" || name == local.zone):
		loc = local
	case kind == zoneName && name == local.zone:
		loc = local
	case kind == zoneOffset:
		loc = FixedZone(name, offset)
	case kind == zoneName:
		// As in Go, a zone made up from a name places the clock reading at UTC: with
		// "GMT+3" the instant is the reading's in UTC, shown 3 hours later.
		return Time{civil, nsec, 0, FixedZone(name, offset)}, nil
	}
	return Time{civil - int64(loc.offset), nsec, 0, nil}.in(loc), nil
}

// ---- sleeping and timers ----

// Sleep parks the calling goroutine for d or a little longer; d <= 0 returns at once.
func Sleep(d Duration)

// newTimer creates the runtime timer of the Timer or Ticker whose channel is c and arms
// it for d (periodically if period > 0). When it fires it starts f in a new goroutine if
// f is not nil, else sends the current time, seen in loc, on c. The runtime holds c weakly:
// a timer nobody can reach any more is forgotten (see stdlib/src/pkgs/time.rs).
func newTimer(c chan Time, f func(), d, period Duration, loc *Location)

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
	newTimer(c, nil, d, 0, Local)
	return &Timer{C: c, c: c}
}

// AfterFunc is a Timer that runs f in a new goroutine once d has passed; its C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	c := make(chan Time)
	newTimer(c, f, d, 0, Local)
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
	newTimer(c, nil, d, d, Local)
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
