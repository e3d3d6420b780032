//! Package `unicode`'s natives: the category predicates, case mappings, case folding and
//! the lookup behind the package's own range tables, all over the generated data of
//! [`tables`] (Unicode 17.0.0 as Go 1.27 has it). `strings` maps and folds case with
//! [`to_case`] and [`simple_fold`], and finds spaces with [`is_space`].

mod tables;

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use tables::{Run, CASE_RUNS, CATEGORY_ALIASES, GROUPS, TABLES};

/// The indices of [`to_case`]'s cases (Go's `UpperCase`, `LowerCase`, `TitleCase`) and of
/// the folding delta in a case run.
pub(crate) const UPPER: usize = 0;
pub(crate) const LOWER: usize = 1;
const TITLE: usize = 2;
const FOLD: usize = 3;

/// Whether `r` is one of the members of `runs`.
fn in_runs(runs: &[Run], r: u32) -> bool {
    let after = runs.partition_point(|run| run[0] <= r);
    after > 0 && {
        let [lo, hi, stride] = runs[after - 1];
        r <= hi && (r - lo) % stride == 0
    }
}

fn in_any(groups: &[&[Run]], r: u32) -> bool {
    groups.iter().any(|runs| in_runs(runs, r))
}

/// Go's `unicode.IsSpace`: the White_Space property (in Latin-1: `\t \n \v \f \r`, space,
/// U+0085 and U+00A0).
pub(crate) fn is_space(r: u32) -> bool {
    in_runs(tables::White_Space, r)
}

/// Letters, marks, numbers, punctuation and symbols: what IsGraphic and IsPrint share.
fn is_visible(r: u32) -> bool {
    in_any(&[tables::L, tables::M, tables::N, tables::P, tables::S], r)
}

fn is_graphic(r: u32) -> bool {
    is_visible(r) || in_runs(tables::Zs, r)
}

fn is_print(r: u32) -> bool {
    r == ' ' as u32 || is_visible(r)
}

/// The deltas [upper, lower, title, fold] of `r`: the case run holding it picks the set by
/// the parity of r's distance from the run's start; other code points have none.
fn case_deltas(r: u32) -> [i32; 4] {
    let after = CASE_RUNS.partition_point(|run| run.0 <= r);
    match after.checked_sub(1).map(|i| CASE_RUNS[i]) {
        Some((lo, hi, even, odd)) if r <= hi => {
            if (r - lo) % 2 == 0 {
                even
            } else {
                odd
            }
        }
        _ => [0; 4],
    }
}

fn shifted(r: u32, delta: i32) -> u32 {
    r.wrapping_add_signed(delta)
}

/// `r` mapped to the case [`UPPER`], [`LOWER`] or `TITLE` (Go's simple case mappings).
pub(crate) fn to_case(case: usize, r: u32) -> u32 {
    shifted(r, case_deltas(r)[case])
}

/// Go's `unicode.SimpleFold`: the next member of r's case-folding orbit.
pub(crate) fn simple_fold(r: u32) -> u32 {
    shifted(r, case_deltas(r)[FOLD])
}

/// Whether `a` and `b` lie in one case-folding orbit (walking a's orbit back to a).
pub(crate) fn fold_equal(a: u32, b: u32) -> bool {
    let mut next = simple_fold(a);
    while next != a && next != b {
        next = simple_fold(next);
    }
    a == b || next == b
}

/// The rune argument as a code point; negative runes and those past U+10FFFF are not.
fn code_point(v: &Value) -> Option<u32> {
    u32::try_from(v.as_int()).ok().filter(|&r| r <= char::MAX as u32)
}

fn pred(a: &[Value], f: impl Fn(u32) -> bool) -> NativeResult {
    Ok(vec![Value::Bool(code_point(&a[0]).is_some_and(f))])
}

/// A rune mapping: runes outside the code space map to themselves.
fn map(a: &[Value], f: impl Fn(u32) -> u32) -> NativeResult {
    Ok(vec![Value::Int(code_point(&a[0]).map_or(a[0].as_int(), |r| f(r) as i64))])
}

/// `To(_case int, r rune)`.
fn to(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let case = a[0].as_int();
    if !(0..=TITLE as i64).contains(&case) {
        return Ok(vec![Value::Int(char::REPLACEMENT_CHARACTER as i64)]);
    }
    map(&a[1..], |r| to_case(case as usize, r))
}

/// `tableCount() int`.
fn table_count(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::Int(TABLES.len() as i64)])
}

/// `latinOffset(i int) int`.
fn latin_offset(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let table = usize::try_from(a[0].as_int()).ok().and_then(|i| TABLES.get(i));
    Ok(vec![Value::Int(table.map_or(0, |t| t.2 as i64))])
}

/// `tableIndex(name string) int`.
fn table_index(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let name = a[0].as_bytes();
    let index = TABLES.binary_search_by(|t| t.0.as_bytes().cmp(name)).map_or(-1, |i| i as i64);
    Ok(vec![Value::Int(index)])
}

/// `inTable(native int, r rune) bool`: `native` is the table's index+1.
fn in_table(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let runs = usize::try_from(a[0].as_int() - 1).ok().and_then(|i| TABLES.get(i)).map_or(&[][..], |t| t.1);
    pred(&a[1..], |r| in_runs(runs, r))
}

/// `groupKeys(group string) ([]string, []int)`.
fn group_keys(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let keys = GROUPS.iter().find(|g| g.0.as_bytes() == a[0].as_bytes()).map_or(&[][..], |g| g.1);
    let names = keys.iter().map(|k| Value::str(k.0)).collect();
    let indices = keys.iter().map(|k| Value::Int(k.1 as i64)).collect();
    Ok(vec![Value::slice(names), Value::slice(indices)])
}

/// `categoryAliases() ([]string, []string)`.
fn category_aliases(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let long = CATEGORY_ALIASES.iter().map(|p| Value::str(p.0)).collect();
    let short = CATEGORY_ALIASES.iter().map(|p| Value::str(p.1)).collect();
    Ok(vec![Value::slice(long), Value::slice(short)])
}

macro_rules! predicates {
    ($r:ident, $($name:literal => $f:expr),* $(,)?) => {
        $( $r.register("unicode", $name, |_: &mut NativeCx, a: &[Value]| pred(a, $f)); )*
    };
}

macro_rules! mappings {
    ($r:ident, $($name:literal => $f:expr),* $(,)?) => {
        $( $r.register("unicode", $name, |_: &mut NativeCx, a: &[Value]| map(a, $f)); )*
    };
}

pub(crate) fn register(r: &mut NativeRegistry) {
    predicates!(r,
        "IsUpper" => |r| in_runs(tables::Lu, r), "IsLower" => |r| in_runs(tables::Ll, r),
        "IsTitle" => |r| in_runs(tables::Lt, r), "IsLetter" => |r| in_runs(tables::L, r),
        "IsDigit" => |r| in_runs(tables::Nd, r), "IsNumber" => |r| in_runs(tables::N, r),
        "IsMark" => |r| in_runs(tables::M, r), "IsPunct" => |r| in_runs(tables::P, r),
        "IsSymbol" => |r| in_runs(tables::S, r), "IsControl" => |r| in_runs(tables::Cc, r),
        "IsSpace" => is_space, "IsPrint" => is_print, "IsGraphic" => is_graphic,
    );
    mappings!(r,
        "ToUpper" => |r| to_case(UPPER, r), "ToLower" => |r| to_case(LOWER, r),
        "ToTitle" => |r| to_case(TITLE, r), "SimpleFold" => simple_fold,
    );
    r.register("unicode", "To", to);
    r.register("unicode", "tableCount", table_count);
    r.register("unicode", "latinOffset", latin_offset);
    r.register("unicode", "tableIndex", table_index);
    r.register("unicode", "inTable", in_table);
    r.register("unicode", "groupKeys", group_keys);
    r.register("unicode", "categoryAliases", category_aliases);
}

#[cfg(test)]
mod tests;
