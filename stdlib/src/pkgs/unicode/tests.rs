//! Checks of the generated tables' shape, of their agreement with the declarations of
//! `stdlib/go/unicode/unicode.go`, and of a few folding orbits. Go's answers for every code
//! point are checked by the goldens `testdata/stdlib/unicode_*.go`.

use super::*;

/// The Go side of the package.
const GO_SOURCE: &str = include_str!("../../../go/unicode/unicode.go");

#[test]
fn runs_are_sorted_and_disjoint() {
    for (name, runs, _) in TABLES {
        let mut next = 0;
        for &[lo, hi, stride] in runs.iter() {
            assert!(lo >= next && lo <= hi && stride > 0 && (hi - lo) % stride == 0, "{name}: {lo:#x}..{hi:#x}");
            next = hi + 1;
        }
    }
    assert!(TABLES.windows(2).all(|w| w[0].0 < w[1].0), "table names unsorted");
    assert!(CASE_RUNS.windows(2).all(|w| w[0].1 < w[1].0), "case runs overlap");
}

#[test]
fn go_names_existing_tables_and_the_version() {
    let declared: Vec<&str> = GO_SOURCE.lines().filter_map(|l| l.split_once("= table(\"")).map(|(_, rest)| rest.trim_end_matches("\")")).collect();
    assert!(declared.len() > 50, "only {} tables declared", declared.len());
    for name in declared {
        assert!(TABLES.binary_search_by(|t| t.0.cmp(name)).is_ok(), "no table {name}");
    }
    assert!(GO_SOURCE.contains(&format!("const Version = \"{}\"", tables::VERSION)));
}

#[test]
fn folding_orbits() {
    let orbit = |start: char| {
        let mut out = vec![start];
        let mut r = simple_fold(start as u32);
        while r != start as u32 {
            out.push(char::from_u32(r).unwrap());
            r = simple_fold(r);
        }
        out.into_iter().collect::<String>()
    };
    assert_eq!(orbit('k'), "k\u{212A}K");
    assert_eq!(orbit('K'), "Kk\u{212A}");
    assert_eq!(orbit('σ'), "σΣς");
    assert!(fold_equal('ſ' as u32, 'S' as u32) && !fold_equal('a' as u32, 'b' as u32));
}
