//! Package `time`'s calendar: the proleptic Gregorian calendar over day numbers, and the
//! natives that turn a `Time`'s seconds into a date (`Time.Date`, `YearDay`, `ISOWeek`) and
//! a date back into seconds (`Date`, with Go's carrying of out-of-range fields).
//!
//! Day numbers count from January 1 of year 1 (a Monday), day 0, as the Go side's seconds
//! do. The arithmetic treats a year as starting on March 1, so that the leap day is the last
//! day of its year: such years repeat every 400 years (146,097 days), and within that cycle
//! the month lengths follow a fixed pattern.

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

/// Days in a 400-year cycle, a 100-year century (without its leap century day), 4 years.
const CYCLE: i64 = 146_097;
const CENTURY: i64 = 36_524;
const OLYMPIAD: i64 = 1_461;

/// Days from March 1 of year 0 to January 1 of year 1 (March to December).
const MARCH_TO_JANUARY: i64 = 306;

pub(crate) const SECONDS_PER_DAY: i64 = 86_400;

/// The first day of March-based month `i` (0 = March ... 11 = February), counted from March 1:
/// months alternate 31 and 30 days in runs of five, which this integer line reproduces.
fn days_before_month(i: i64) -> i64 {
    (153 * i + 2) / 5
}

pub(crate) fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number of days in `month` (1-12) of `year`.
pub(crate) fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The day number of `year`-`month`-`day`, `month` in 1..=12 (`day` may be any value:
/// it counts on from the first of the month).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let (y, i) = if month <= 2 { (year - 1, month + 9) } else { (year, month - 3) };
    let (cycles, y) = (y.div_euclid(400), y.rem_euclid(400));
    let year_start = y * 365 + y / 4 - y / 100;
    cycles * CYCLE + year_start + days_before_month(i) + day - 1 - MARCH_TO_JANUARY
}

/// A date as the calendar shows it.
#[derive(Debug, PartialEq)]
pub(crate) struct Civil {
    pub year: i64,
    /// 1-12.
    pub month: i64,
    /// 1-31.
    pub day: i64,
    /// The day of the year, from 1.
    pub yday: i64,
}

/// The date of day number `days`.
pub(crate) fn civil_from_days(days: i64) -> Civil {
    let since_march = days + MARCH_TO_JANUARY;
    let (cycles, mut n) = (since_march.div_euclid(CYCLE), since_march.rem_euclid(CYCLE));
    // Peel off whole centuries, olympiads and years; the last of each may be one day longer
    // (it ends on a leap day), hence the caps.
    let centuries = (n / CENTURY).min(3);
    n -= centuries * CENTURY;
    let olympiads = n / OLYMPIAD;
    n -= olympiads * OLYMPIAD;
    let years = (n / 365).min(3);
    n -= years * 365;
    let march_year = cycles * 400 + centuries * 100 + olympiads * 4 + years;
    let i = (5 * n + 2) / 153; // the March-based month holding day n
    let day = n - days_before_month(i) + 1;
    let (year, month) = if i < 10 { (march_year, i + 3) } else { (march_year + 1, i - 9) };
    let yday = days - days_from_civil(year, 1, 1) + 1;
    Civil { year, month, day, yday }
}

/// The day of the week of day number `days`, Sunday = 0 (day 0 is a Monday).
pub(crate) fn weekday(days: i64) -> i64 {
    (days + 1).rem_euclid(7)
}

/// The ISO 8601 year and week of day number `days`: weeks start on Monday, and week 1 is the
/// one holding the year's first Thursday, so a week belongs to the year of its Thursday.
fn iso_week(days: i64) -> (i64, i64) {
    let since_monday = (weekday(days) + 6) % 7;
    let thursday = civil_from_days(days - since_monday + 3);
    (thursday.year, (thursday.yday - 1) / 7 + 1)
}

/// The day number and second of the day of seconds counted from day 0.
pub(crate) fn split_seconds(abs: i64) -> (i64, i64) {
    (abs.div_euclid(SECONDS_PER_DAY), abs.rem_euclid(SECONDS_PER_DAY))
}

/// Seconds from day 0 of a date and clock time whose fields may be out of range (month 13 is
/// January of the next year, second -1 the last of the previous minute...). Computed wide;
/// results beyond 64 bits wrap, as Go's do.
fn date_seconds(year: i64, month: i64, day: i64, clock: [i64; 3], nsec: i64) -> (i64, i64) {
    let months = year as i128 * 12 + month as i128 - 1;
    let (year, month) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let year = year.clamp(i64::MIN as i128 / 400, i64::MAX as i128 / 400) as i64;
    let days = days_from_civil(year, month as i64, 1) as i128 + day as i128 - 1;
    let [hour, min, sec] = clock.map(|v| v as i128);
    let secs = days * SECONDS_PER_DAY as i128 + hour * 3600 + min * 60 + sec + (nsec as i128).div_euclid(1_000_000_000);
    (secs as i64, nsec.rem_euclid(1_000_000_000))
}

/// `absDate(abs int64) (year int, month Month, day int, yday int)`.
fn abs_date(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let c = civil_from_days(split_seconds(a[0].as_int()).0);
    Ok([c.year, c.month, c.day, c.yday].map(Value::Int).to_vec())
}

/// `dateSeconds(year int, month Month, day, hour, min, sec, nsec int) (abs int64, nsec int64)`.
fn date(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let v: Vec<i64> = a.iter().map(Value::as_int).collect();
    let (secs, nsec) = date_seconds(v[0], v[1], v[2], [v[3], v[4], v[5]], v[6]);
    Ok(vec![Value::Int(secs), Value::Int(nsec)])
}

/// `isoWeek(abs int64) (year, week int)`.
fn iso(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (year, week) = iso_week(split_seconds(a[0].as_int()).0);
    Ok(vec![Value::Int(year), Value::Int(week)])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("time", "absDate", abs_date);
    r.register("time", "dateSeconds", date);
    r.register("time", "isoWeek", iso);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for days in (-800_000..800_000).step_by(7) {
            let c = civil_from_days(days);
            assert_eq!(days_from_civil(c.year, c.month, c.day), days, "{c:?}");
            assert!(c.day >= 1 && c.day <= days_in_month(c.year, c.month));
        }
    }

    // Known dates: 1970-01-01 is day 719162, a Thursday; 2000-02-29 a Tuesday.
    #[test]
    fn known_dates() {
        assert_eq!(days_from_civil(1, 1, 1), 0);
        assert_eq!(days_from_civil(1970, 1, 1), 719_162);
        assert_eq!(weekday(719_162), 4);
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), Civil { year: 2000, month: 2, day: 29, yday: 60 });
        assert_eq!(civil_from_days(-1), Civil { year: 0, month: 12, day: 31, yday: 366 });
        assert_eq!(iso_week(days_from_civil(2021, 1, 3)), (2020, 53));
        assert_eq!(iso_week(days_from_civil(2024, 12, 30)), (2025, 1));
    }

    #[test]
    fn date_carries_and_never_overflows() {
        let jan1 = days_from_civil(2023, 1, 1) * SECONDS_PER_DAY;
        assert_eq!(date_seconds(2022, 13, 1, [0, 0, 0], 0), (jan1, 0));
        assert_eq!(date_seconds(2023, 1, 1, [0, 0, -1], -1), (jan1 - 2, 999_999_999));
        date_seconds(i64::MAX, i64::MAX, i64::MAX, [i64::MAX; 3], i64::MIN);
        date_seconds(i64::MIN, i64::MIN, i64::MIN, [i64::MIN; 3], i64::MAX);
    }
}
