//! The repository check for "every line of minigo is minigo's own": the standard library's
//! Go files (`stdlib/go`) and the Rust sources of the stdlib and lexer crates, where code
//! written after Go's own would show, are compared line by line with Go's source tree.
//!
//! A line counts when it has at least 15 non-space characters; it is compared with all
//! spaces removed, against every such line of Go 1.19's `.go` files (Debian's
//! golang-1.19-src, which `.ci/run` installs). Lines that match Go by necessity do not
//! count: declarations that are API (func/method signatures, type, const and var lines,
//! struct fields and interface methods without a comment), imports, lines whose substance
//! is a string literal (error messages, names), and the rows of a data table in a file that
//! names the table's origin on a line containing `Data:`.
//!
//! A file fails when more than [`MAX_SHARE_PERCENT`] of its counted lines are found in Go
//! (and at least [`MIN_HITS`] are). 20%: files written for minigo measure 0–10% (their
//! matches are short idioms such as `for i := 0; i < len(s); i++ {` and `if err != nil
//! { return 0, err }`-style lines), while code carried over from Go measures 60–100%; 20%
//! leaves room for idioms in small files without letting a copied function hide in a large
//! one. A file also fails when its text says it was taken from another project (the
//! phrases the check looks for are [`CLAIMS`]).
//!
//! Files still awaiting their rewrite are listed in `tests/copycheck_pending.txt`; the list
//! only shrinks: a listed file that passes, or no longer exists, fails the check until its
//! entry is removed.

use std::collections::HashSet;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// Go's source tree the check compares with.
const GO_SRC: &str = "/usr/share/go-1.19/src";
/// The largest share of a file's counted lines that may be found in Go's source.
const MAX_SHARE_PERCENT: usize = 20;
/// Fewer matching lines than this never fail a file (a tiny file's one idiom).
const MIN_HITS: usize = 3;
/// Shortest line (spaces removed) that counts.
const MIN_LEN: usize = 15;
/// Phrases by which a file claims to be someone else's code (matched lowercased).
const CLAIMS: &[&str] = &["copied from", "port of", "ported from", "adapted from", "unchanged from", "translated from", "the go authors"];

fn normalise(line: &str) -> String {
    line.split_whitespace().collect()
}

fn key(norm: &str) -> u64 {
    let mut h = DefaultHasher::new();
    norm.hash(&mut h);
    h.finish()
}

fn walk(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The set of Go's countable lines, normalised and hashed.
fn go_lines() -> HashSet<u64> {
    assert!(
        Path::new(GO_SRC).is_dir(),
        "{GO_SRC} is missing: the copy check compares with Go 1.19's source; run `bash .ci/run` \
         (it installs Debian's golang-1.19-src) or `apt-get install golang-1.19-src`"
    );
    let mut files = Vec::new();
    walk(Path::new(GO_SRC), "go", &mut files);
    let mut set = HashSet::new();
    for file in files {
        let Ok(text) = fs::read(&file) else { continue };
        for line in String::from_utf8_lossy(&text).lines() {
            let n = normalise(line);
            if n.len() >= MIN_LEN {
                set.insert(key(&n));
            }
        }
    }
    set
}

/// The line without its string and rune literals' contents.
fn without_literals(line: &str) -> String {
    let mut out = String::new();
    let mut quote = None;
    let mut escaped = false;
    for c in line.chars() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(q) if c == '\\' && q != '`' => escaped = true,
            Some(q) if c == q => {
                quote = None;
                out.push(c);
            }
            Some(_) => {}
            None => {
                if matches!(c, '"' | '`' | '\'') {
                    quote = Some(c);
                }
                out.push(c);
            }
        }
    }
    out
}

/// Whether the trimmed line is a data-table row: literals and punctuation only.
fn is_data_row(t: &str) -> bool {
    let bare = without_literals(t);
    !t.is_empty() && bare.chars().all(|c| c.is_ascii_hexdigit() || " \t{}[](),:-+_.xX'\"`".contains(c))
}

/// What kind of block a line is inside, for the declarations that are API.
#[derive(Clone, Copy, PartialEq)]
enum Block {
    Code,
    Decl,
}

/// Classifies lines of one file: which count, given the enclosing declaration blocks.
struct Necessity {
    blocks: Vec<Block>,
    data_marked: bool,
}

impl Necessity {
    /// Whether `raw` matches Go by necessity (and so does not count); tracks blocks.
    fn exempt(&mut self, raw: &str) -> bool {
        let t = raw.trim();
        let has_comment = t.contains("//");
        let in_decl = self.blocks.last() == Some(&Block::Decl);
        let opens_decl = t.ends_with("struct {") || t.ends_with("interface {") || t.ends_with('(') && !t.contains(":=");
        let opens = t.ends_with('{') || t.ends_with('(');
        let closes = t.starts_with('}') || t.starts_with(')');
        if closes {
            self.blocks.pop();
        }
        let declaration = ["func ", "type ", "const ", "var ", "import "].iter().any(|k| t.starts_with(k));
        let exempt = (declaration && (t.starts_with("func ") || !has_comment))
            || (in_decl && !has_comment)
            || normalise(&without_literals(t)).len() < MIN_LEN
            || (self.data_marked && is_data_row(t));
        if opens {
            let decl_block = opens_decl || t.starts_with("const (") || t.starts_with("var (") || t.starts_with("import (");
            self.blocks.push(if decl_block && (in_decl || declaration || t.contains(" struct {") || t.contains(" interface {")) {
                Block::Decl
            } else {
                Block::Code
            });
        }
        exempt
    }
}

/// (matching lines, counted lines) of one file.
fn measure(text: &str, go: &HashSet<u64>) -> (usize, usize) {
    let mut nec = Necessity { blocks: Vec::new(), data_marked: text.contains("Data:") };
    let (mut hits, mut total) = (0, 0);
    for line in text.lines() {
        let n = normalise(line);
        if nec.exempt(line) || n.len() < MIN_LEN {
            continue;
        }
        total += 1;
        if go.contains(&key(&n)) {
            hits += 1;
        }
    }
    (hits, total)
}

/// The first claim of copying in `text`, if any.
fn claim(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let lower = line.to_lowercase();
        CLAIMS.iter().any(|c| lower.contains(c)).then(|| line.trim().to_string())
    })
}

fn checked_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    walk(&root.join("stdlib/go"), "go", &mut files);
    walk(&root.join("stdlib/src"), "rs", &mut files);
    walk(&root.join("lexer/src"), "rs", &mut files);
    files.sort();
    files
}

fn pending(root: &Path) -> Vec<String> {
    let text = fs::read_to_string(root.join("tests/copycheck_pending.txt")).unwrap_or_default();
    text.lines().map(|l| l.split('#').next().unwrap().trim()).filter(|l| !l.is_empty()).map(String::from).collect()
}

#[test]
fn every_file_is_our_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let go = go_lines();
    let pending = pending(root);
    let mut failures = Vec::new();
    let mut seen_pending = HashSet::new();
    for file in checked_files(root) {
        let rel = file.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let text = String::from_utf8_lossy(&fs::read(&file).unwrap()).into_owned();
        let (hits, total) = measure(&text, &go);
        let share = 100 * hits / total.max(1);
        let mut problems = Vec::new();
        if hits >= MIN_HITS && share > MAX_SHARE_PERCENT {
            problems.push(format!("{hits}/{total} lines ({share}%) are in Go's source"));
        }
        if let Some(line) = claim(&text) {
            problems.push(format!("claims to be a copy: {line:?}"));
        }
        if pending.contains(&rel) {
            seen_pending.insert(rel.clone());
            if problems.is_empty() {
                failures.push(format!("{rel}: passes now ({share}%): remove it from tests/copycheck_pending.txt"));
            }
        } else {
            failures.extend(problems.into_iter().map(|p| format!("{rel}: {p}")));
        }
    }
    for p in &pending {
        if !seen_pending.contains(p) {
            failures.push(format!("{p}: listed in tests/copycheck_pending.txt but not a checked file"));
        }
    }
    assert!(failures.is_empty(), "copy check failed:\n  {}", failures.join("\n  "));
}

#[test]
fn necessity_rules() {
    let mut go = HashSet::new();
    for l in ["func (b *Reader) ReadString(delim byte) (string, error) {", "return b.buf[b.r : b.r+n], nil", "{0x2e80, 0x2e99, 1},"] {
        go.insert(key(&normalise(l)));
    }
    let signature = "func (b *Reader) ReadString(delim byte) (string, error) {\n}\n";
    assert_eq!(measure(signature, &go), (0, 0));
    let body = "func f() {\n\treturn b.buf[b.r : b.r+n], nil\n}\n";
    assert_eq!(measure(body, &go), (1, 1));
    let message = "\tpanic(\"bufio: tried to fill a full buffer\")\n";
    assert_eq!(measure(message, &go), (0, 0));
    let unmarked = "var t = []x{\n\t{0x2e80, 0x2e99, 1},\n}\n";
    assert_eq!(measure(unmarked, &go), (1, 1));
    let marked = format!("// Data: Unicode 15 scripts\n{unmarked}");
    assert_eq!(measure(&marked, &go), (0, 1));
    assert!(claim("// Adapted from Go's src/io").is_some());
    assert!(claim("// Copyright 2009 The Go Authors.").is_some());
    assert!(claim("// Our own design, after Go's documentation.").is_none());
}
