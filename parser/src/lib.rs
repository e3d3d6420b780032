//! The Go parser: tokens from `minigo-lexer` to the syntax tree of [`ast`], with a lalrpop
//! grammar.
//!
//! Several files are parsed into one program (the user's file and the standard-library
//! packages written in Go), so each file is parsed at a `base` offset (its spans are
//! `base + byte offset`) and numbers its nodes from `first_node`: spans and `NodeId`s are
//! then unique across the program.

pub mod ast;

/// A syntax error in Go's words (`syntax error: unexpected newline, expected comma or )`).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// Offset (with `base` added) where Go reports the error.
    pub offset: u32,
    pub msg: String,
}
