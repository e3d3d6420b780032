//! The static type checker: Go's typing rules over the parsed files of one program.
//!
//! `check` resolves names, computes the type (and, for constants, the exact value) of every
//! expression, applies Go's assignability, conversion and untyped-constant rules, and
//! reports Go's compile errors in Go's words (`declared and not used: x`). Its result,
//! [`Info`], is what the compiler turns into typed bytecode.

pub mod api;
pub mod constant;

pub use api::*;

use minigo_parser::ast::File;

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
}
