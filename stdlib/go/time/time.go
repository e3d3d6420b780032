// Package time: durations, the wall and monotonic clocks, sleeping, timers and tickers.
// Duration's String/ParseDuration/Round/Truncate are Go's src/time/time.go and format.go
// (BSD licence, The Go Authors). Time keeps the UTC wall clock and a monotonic reading;
// Format supports Go's layout elements for numeric dates, month/day names, zones as UTC.
// Timers are runtime timers driven by natives (see stdlib/src/pkgs/time.rs).
package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	runeSelf  = 0x80
	runeError = '\uFFFD'
	lowerhex  = "0123456789abcdef"
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. As a special case, durations less than one
// second format use a smaller unit (milli-, micro-, or nanoseconds) to ensure
// that the leading digit is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	// This is inlinable to take advantage of "function outlining".
	// Thus, the caller can decide whether a string must be heap allocated.
	var arr [32]byte
	n := d.format(&arr)
	return string(arr[n:])
}

// format formats the representation of d into the end of buf and
// returns the offset of the first character.
func (d Duration) format(buf *[32]byte) int {
	// Largest time is 2540400h10m10.000000000s
	w := len(buf)

	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}

	if u < uint64(Second) {
		// Special case: if duration is smaller than a second,
		// use smaller units, like 1.2ms
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			// print nanoseconds
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			// print microseconds
			prec = 3
			// U+00B5 'µ' micro sign == 0xC2 0xB5
			w-- // Need room for two bytes.
			copy(buf[w:], "µ")
		default:
			// print milliseconds
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'

		w, u = fmtFrac(buf[:w], u, 9)

		// u is now integer seconds
		w = fmtInt(buf[:w], u%60)
		u /= 60

		// u is now integer minutes
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60

			// u is now integer hours
			// Stop at hours because days can be different lengths.
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}

	if neg {
		w--
		buf[w] = '-'
	}

	return w
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the
// tail of buf, omitting trailing zeros. It omits the decimal
// point too when the fraction is 0. It returns the index where the
// output bytes begin and the value v/10**prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	// Omit trailing zeros up to and including decimal point.
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf.
// It returns the index where the output begins.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
// If m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow,
// assuming x and y are both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m.
// The rounding behavior for halfway values is to round away from zero.
// If the result exceeds the maximum (or minimum)
// value that can be stored in a [Duration],
// Round returns the maximum (or minimum) duration.
// If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// Abs returns the absolute value of d.
// As a special case, Duration([math.MinInt64]) is converted to Duration([math.MaxInt64]),
// reducing its magnitude by 1 nanosecond.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// parseDurationError describes a problem parsing a duration string.
type parseDurationError struct {
	message string
	value   string
}

func (e *parseDurationError) Error() string {
	return "time: " + e.message + " " + quote(e.value)
}

func quote(s string) string {
	buf := make([]byte, 1, len(s)+2) // slice will be at least len(s) + quotes
	buf[0] = '"'
	for i, c := range s {
		if c >= runeSelf || c < ' ' {
			// This means you are asking us to parse a time.Duration or
			// time.Location with unprintable or non-ASCII characters in it.
			// We don't expect to hit this case very often. We could try to
			// reproduce strconv.Quote's behavior with full fidelity but
			// given how rarely we expect to hit these edge cases, speed and
			// conciseness are better.
			var width int
			if c == runeError {
				width = 1
				if i+2 < len(s) && s[i:i+3] == string(runeError) {
					width = 3
				}
			} else {
				width = len(string(c))
			}
			for j := 0; j < width; j++ {
				buf = append(buf, `\x`...)
				buf = append(buf, lowerhex[s[i+j]>>4])
				buf = append(buf, lowerhex[s[i+j]&0xF])
			}
		} else {
			if c == '"' || c == '\\' {
				buf = append(buf, '\\')
			}
			buf = append(buf, byte(c))
		}
	}
	buf = append(buf, '"')
	return string(buf)
}

var errLeadingInt = errors.New("time: bad [0-9]*") // never printed

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			// overflow
			return 0, rem, errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			// overflow
			return 0, rem, errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s.
// It is used only for fractions, so does not return an error on overflow,
// it just stops accumulating precision.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			// It's possible for overflow to give a positive number, so take care.
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string.
// A duration string is a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix,
// such as "300ms", "-1.5h" or "2h45m".
// Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	// [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+
	orig := s
	var d uint64
	neg := false

	// Consume [-+]?
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	// Special case: if all that is left is "0", this is zero.
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	for s != "" {
		var (
			v, f  uint64      // integers before, after decimal point
			scale float64 = 1 // value = v + f/scale
		)

		var err error

		// The next character must be [0-9.]
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		// Consume [0-9]*
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		pre := pl != len(s) // whether we consumed anything before a period

		// Consume (\.[0-9]*)?
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			// no digits (e.g. ".s" or "-.s")
			return 0, &parseDurationError{"invalid duration", orig}
		}

		// Consume unit.
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, &parseDurationError{"missing unit in duration", orig}
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, &parseDurationError{"unknown unit " + quote(u) + " in duration", orig}
		}
		if v > 1<<63/unit {
			// overflow
			return 0, &parseDurationError{"invalid duration", orig}
		}
		v *= unit
		if f > 0 {
			// float64 is needed to be nanosecond accurate for fractions of hours.
			// v >= 0 && (f*unit/scale) <= 3.6e+12 (ns/h, h is the largest unit)
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				// overflow
				return 0, &parseDurationError{"invalid duration", orig}
			}
		}
		d += v
		if d > 1<<63 {
			return 0, &parseDurationError{"invalid duration", orig}
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	return Duration(d), nil
}

// ---- clocks and Time ----

// now returns the wall clock (seconds and nanoseconds since the Unix epoch) and the
// monotonic clock (nanoseconds since the program started, never 0).
func now() (sec int64, nsec int32, mono int64)

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
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

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

// A Location maps time instants to the zone in use at that time (only UTC here).
type Location struct {
	name string
}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &Location{"UTC"}

// Local represents the system's local time zone (taken to be UTC).
var Local *Location = &Location{"Local"}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string { return l.name }

// unixToInternal is the number of seconds from January 1, year 1 to the Unix epoch.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 24 * 60 * 60

// A Time represents an instant in time with nanosecond precision. The zero value is
// January 1, year 1, 00:00:00.000000000 UTC.
type Time struct {
	sec  int64 // seconds since January 1, year 1 00:00:00 UTC
	nsec int64 // [0, 999999999]
	mono int64 // monotonic reading in nanoseconds, 0 if none
}

// Now returns the current time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec + unixToInternal, int64(nsec), mono}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, 0}
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds (UTC).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	days := daysFromCivil(int64(year), int64(m+1), 1) + int64(day-1)
	s := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	return Unix(s, int64(nsec))
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

// unixSec returns t as Unix seconds.
func (t Time) unixSec() int64 { return t.sec - unixToInternal }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t represents the zero time instant.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare compares the time instant t with u: -1, 0 or +1.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	mono := t.mono
	if mono != 0 {
		mono += int64(d)
		if mono == 0 {
			mono = 1
		}
	}
	return Time{t.sec + dsec, nsec, mono}
}

// Sub returns the duration t-u, saturating at the minimum and maximum Duration.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// AddDate returns the time corresponding to adding the given number of years, months
// and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), UTC)
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Truncate returns t rounded down to a multiple of d since the zero time.
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// Round returns t rounded to the nearest multiple of d since the zero time.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// mod returns the remainder of t since the zero time modulo d (for d up to a second
// divisor or whole seconds).
func (t Time) mod(d Duration) Duration {
	if d < Second && Second%(d+d) == 0 {
		return Duration(t.nsec % int64(d))
	}
	if d%Second == 0 {
		d1 := int64(d / Second)
		return Duration(t.sec%d1)*Second + Duration(t.nsec)
	}
	ns := (t.sec%int64(d/Second+1))*1e9 + t.nsec
	return Duration(ns % int64(d))
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d := civilFromDays(floorDiv(t.unixSec(), 86400))
	return int(y), Month(m), int(d)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	s := t.unixSec() - floorDiv(t.unixSec(), 86400)*86400
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Year returns the year in which t occurs.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month returns the month of the year specified by t.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day returns the day of the month specified by t.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute offset within the hour specified by t, in the range [0, 59].
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second offset within the minute specified by t, in the range [0, 59].
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	d := floorDiv(t.unixSec(), 86400)
	return Weekday((d%7 + 11) % 7)
}

// YearDay returns the day of the year specified by t, in the range [1,365] or [1,366].
func (t Time) YearDay() int {
	y, _, _ := t.Date()
	return int(floorDiv(t.unixSec(), 86400)-daysFromCivil(int64(y), 1, 1)) + 1
}

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { return t }

// Local returns t with the location set to local time.
func (t Time) Local() Time { return t }

// In returns a copy of t representing the same time instant in loc.
func (t Time) In(loc *Location) Time { return t }

// Location returns the time zone information associated with t.
func (t Time) Location() *Location { return UTC }

// Round(0) strips the monotonic clock reading.
func (t Time) stripMono() Time { return Time{t.sec, t.nsec, 0} }

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// pad returns v in decimal with at least width digits.
func pad(v int64, width int) string {
	s := itoa(v)
	neg := v < 0
	if neg {
		s = s[1:]
	}
	for len(s) < width {
		s = "0" + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

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

// Format returns a textual representation of the time value formatted according to the
// layout (zones are always UTC).
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

// String returns the time formatted as "2006-01-02 15:04:05.999999999 -0700 MST", with
// the monotonic clock reading as " m=±<value>" when present.
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

// Sleep pauses the current goroutine for at least the duration d.
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

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	// c identifies the runtime timer: C's channel, or for AfterFunc a channel that is
	// never sent on. nil in a Timer not made by NewTimer or AfterFunc.
	c chan Time
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	newTimer(c, nil, d, 0)
	return &Timer{C: c, c: c}
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	c := make(chan Time)
	newTimer(c, f, d, 0)
	return &Timer{c: c}
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel.
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

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.c == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	active := stopTimer(t.c)
	return drain(t.c) || active
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.c == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	drained := drain(t.c)
	return resetTimer(t.c, d, 0) || drained
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C <-chan Time
	c chan Time
}

// NewTicker returns a new Ticker containing a channel that will send the current time on
// the channel after each tick. The period of the ticks is specified by d.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	newTimer(c, nil, d, d)
	return &Ticker{C: c, c: c}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.c == nil {
		return
	}
	stopTimer(t.c)
	drain(t.c)
}

// Reset stops a ticker and resets its period to the specified duration.
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

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
