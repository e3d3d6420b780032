//! The static type checker: Go's typing rules over the parsed files of one program.
//!
//! `check` resolves names, computes the type (and, for constants, the exact value) of every
//! expression, applies Go's assignability, conversion and untyped-constant rules, and
//! reports Go's compile errors in Go's words (`declared and not used: x`). Its result,
//! [`Info`], is what the compiler turns into typed bytecode.

pub mod api;
mod check;
pub mod constant;
mod lookup;
mod table;

pub use check::session::Session;
pub use lookup::Found;
pub use table::Spelling;

use std::fmt;

pub use api::*;

use minigo_parser::ast::{File, LineIndex};

/// Source of the standard-library packages a program may import. Each package is Go
/// source: functions with a body are compiled like user code, functions without a body
/// are natives implemented in Rust (`FuncRef::Native`).
pub trait Importer {
    /// The Go source of package `path` (e.g. `"strings"`), or `None` if unsupported.
    fn source(&self, path: &str) -> Option<&str>;
}

/// The checked program: every parsed file (stdlib packages first, in dependency order, the
/// user's `main` file last) and the facts about them.
pub struct Program {
    pub files: Vec<ParsedFile>,
    pub info: Info,
}

pub struct ParsedFile {
    /// Import path (`main` for the user's file).
    pub pkg: String,
    /// Name shown in messages (`prog.go`; `$GOROOT/src/strings/strings.go` style for stdlib).
    pub name: String,
    pub ast: File,
    /// The source text.
    pub src: String,
    /// Offset added to this file's spans: a span `s` is at `src[s.lo - base..s.hi - base]`.
    pub base: u32,
    /// Line starts of `src` (offsets relative to `base`).
    pub lines: LineIndex,
}

impl ParsedFile {
    /// Go's 1-based `(line, col)` of a program-wide offset inside this file.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        self.lines.line_col(offset.saturating_sub(self.base))
    }
    /// Whether a program-wide offset lies in this file.
    pub fn contains(&self, offset: u32) -> bool {
        offset >= self.base && offset <= self.base + self.src.len() as u32
    }
}

/// A compile error as `go build` prints it: `file:line:col: msg` (multi-line messages
/// continue with tab-indented lines, as Go does).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            // The trailing `too many errors` line has no position.
            return f.write_str(&self.msg);
        }
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.msg)
    }
}

/// Parses and checks the program whose main file is `main_src` (shown as `main_name` in
/// messages), loading imported packages from `importer`. On error returns Go's
/// diagnostics sorted by position: syntax errors if any file has them, otherwise type
/// errors (at most 10, then a `too many errors` line without position).
pub fn check(main_name: &str, main_src: &str, importer: &dyn Importer) -> Result<Program, Vec<Diagnostic>> {
    check::check_program(main_name, main_src, importer)
}
