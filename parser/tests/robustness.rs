//! No input may panic, hang or overflow the stack: every prefix of real programs, byte
//! garbage, token soup, and pathological nesting all come back as `Ok` or `Err`.

use minigo_parser::parse_file;

const PROGRAMS: [&str; 3] = [
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"héllo, 世界\", 'x', 0x1p-2, 1_000i, `raw`)\n}\n",
    r#"package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
}

type Rect struct {
	W, H float64 `json:"w"`
}

func (r *Rect) Area() float64 { return r.W * r.H }

const (
	A = iota << 1
	B
)

func main() {
	ch := make(chan int, 3)
	go func() { defer close(ch); for i := range 3 { ch <- i } }()
	for v := range ch {
		switch {
		case v > 1:
			fmt.Println(strings.Repeat("x", v))
		default:
			fallthrough
		}
	}
	var s Shape = &Rect{W: 2, H: 3}
	if r, ok := s.(*Rect); ok && r.W > 0 {
		fmt.Printf("%v %d\n", s.Area(), B)
	}
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	default:
	}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	switch x := m["a"][1:2:2]; t := any(x).(type) {
	case []int, nil:
		_ = t
	}
L:
	for i := 0; i < 10; i++ {
		if i == 3 { continue L } else if i > 5 { break L }
	}
}
"#,
    "package p\nfunc f() { x := []struct{ a int }{{1}, {a: 2}}; _ = x[0].a &^ 3 << 1 }\n",
];

#[test]
fn every_prefix_of_real_programs() {
    for src in PROGRAMS {
        assert!(parse_file(src, 0, 0).is_ok(), "the full program parses");
        for end in (0..=src.len()).filter(|&i| src.is_char_boundary(i)) {
            let _ = parse_file(&src[..end], 7, 3);
        }
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn garbage_bytes_and_token_soup() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..300 {
        let len = (rng.next() % 200) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = parse_file(&String::from_utf8_lossy(&bytes), 0, 0);
    }
    let words = [
        "package",
        "p",
        "func",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "if",
        "else",
        "for",
        "range",
        ":=",
        "=",
        "x",
        "1",
        "\"s\"",
        "'c'",
        ",",
        ";",
        "\n",
        ".",
        "*",
        "<-",
        "chan",
        "map",
        "struct",
        "interface",
        "switch",
        "case",
        "default",
        ":",
        "...",
        "type",
        "var",
        "const",
        "go",
        "return",
        "+",
        "&&",
    ];
    for _ in 0..2000 {
        let len = (rng.next() % 60) as usize;
        let mut src = String::from("package p\n");
        for _ in 0..len {
            src.push_str(words[(rng.next() % words.len() as u64) as usize]);
            src.push(' ');
        }
        let _ = parse_file(&src, 0, 0);
    }
}

fn assert_too_deep(src: &str) {
    let errors = parse_file(src, 0, 0).expect_err("nesting beyond the limit is rejected");
    assert!(
        errors
            .iter()
            .any(|e| e.msg == "syntax error: exceeded max nesting depth"),
        "{errors:?}"
    );
}

#[test]
fn pathological_nesting_is_rejected() {
    let n = 100_000;
    assert_too_deep(&format!(
        "package p\nvar x = {}1{}\n",
        "(".repeat(n),
        ")".repeat(n)
    ));
    assert_too_deep(&format!("package p\nvar x = {}1\n", "- ".repeat(n)));
    assert_too_deep(&format!("package p\nvar x = 1{}\n", " + 1".repeat(n)));
    assert_too_deep(&format!("package p\nvar x = a{}\n", ".b".repeat(n)));
    assert_too_deep(&format!("package p\nvar x {}int\n", "*".repeat(n)));
    assert_too_deep(&format!("package p\nfunc f() {{ {} }}\n", "{".repeat(n)));
    assert_too_deep(&format!(
        "package p\nfunc f() {{ if a {{}}{} }}\n",
        " else if a {}".repeat(n)
    ));
    assert_too_deep(&format!("package p\nfunc f() {{ {} }}\n", "L: ".repeat(n)));
    assert_too_deep(&format!("package p\nvar x = f{}\n", "()".repeat(n)));
    assert_too_deep(&format!("package p\nvar x = a{}\n", "[0]".repeat(n)));
    assert_too_deep(&format!("package p\nvar x {}int\n", "[]".repeat(n)));
    // Deep types up to the type limit are fine (the checker handles them).
    assert!(parse_file(
        &format!("package p\nvar x {}int\n", "[]".repeat(2000)),
        0,
        0
    )
    .is_ok());
    // Ordinary depth is fine.
    assert!(parse_file(
        &format!(
            "package p\nvar x = {}1{}\n",
            "(".repeat(100),
            ")".repeat(100)
        ),
        0,
        0
    )
    .is_ok());
}

/// Longer random search for panics: mutations (byte deletions, insertions of Go's
/// punctuation) of Go's own test programs. `MINIGO_FUZZ_ROUNDS` sets the mutations per file.
#[test]
#[ignore = "slow fuzzing: MINIGO_FUZZ_ROUNDS=200 cargo test -p minigo-parser --test robustness -- --ignored"]
fn fuzz_mutations_of_go_tests() {
    let rounds: usize = std::env::var("MINIGO_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    let Ok(entries) = std::fs::read_dir("/usr/share/go-1.19/test") else {
        return;
    };
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let inserts: [&[u8]; 12] = [
        b"{", b"}", b"(", b")", b"[", b"]", b"\n", b";", b",", b"func ", b"if ", b" := ",
    ];
    for path in entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
    {
        let Ok(src) = std::fs::read(&path) else {
            continue;
        };
        for _ in 0..rounds {
            let mut bytes = src.clone();
            for _ in 0..1 + rng.next() % 4 {
                let at = (rng.next() as usize) % (bytes.len() + 1);
                if rng.next().is_multiple_of(2) && at < bytes.len() {
                    bytes.remove(at);
                } else {
                    let ins = inserts[(rng.next() % inserts.len() as u64) as usize];
                    bytes.splice(at..at, ins.iter().copied());
                }
            }
            let _ = parse_file(&String::from_utf8_lossy(&bytes), 0, 0);
        }
    }
}
