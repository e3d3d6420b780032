//! Syntax errors in Go's words: turns lalrpop's "unrecognized token, expected one of ..."
//! into the message `go build` prints for the same mistake (`syntax error: unexpected
//! newline, expected comma or )`).

use lalrpop_util::ParseError;
use minigo_lexer::{SemiKind, Token, TokenKind};

use crate::SyntaxError;

pub fn translate(src: &str, base: u32, tokens: &[Token], err: ParseError<usize, TokenKind, ()>) -> SyntaxError {
    match err {
        ParseError::UnrecognizedToken { token: (lo, _, _), expected } => {
            let idx = tokens.partition_point(|t| (t.lo as usize) < lo);
            let tok = tokens.get(idx).copied().unwrap_or(Token { kind: TokenKind::Semi(SemiKind::Eof), lo: lo as u32, hi: lo as u32 });
            let msg = message(src, tokens, idx, &tok, &expected);
            SyntaxError { offset: base + tok.lo, msg }
        }
        ParseError::UnrecognizedEof { location, .. } => {
            SyntaxError { offset: base + location as u32, msg: "syntax error: unexpected EOF".to_string() }
        }
        ParseError::ExtraToken { token: (lo, kind, hi) } => {
            let tok = Token { kind, lo: lo as u32, hi: hi as u32 };
            SyntaxError { offset: base + tok.lo, msg: format!("syntax error: unexpected {}", tok.describe(src)) }
        }
        ParseError::InvalidToken { location } => {
            SyntaxError { offset: base + location as u32, msg: "syntax error: invalid token".to_string() }
        }
        ParseError::User { .. } => SyntaxError { offset: base, msg: "syntax error".to_string() },
    }
}

fn message(src: &str, _tokens: &[Token], _idx: usize, tok: &Token, expected: &[String]) -> String {
    let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
    let unexpected = tok.describe(src);
    let suffix = if has(",") && has(")") && expected.len() <= 3 {
        ", expected comma or )".to_string()
    } else if has(",") && has("}") && expected.len() <= 3 {
        ", expected comma or }".to_string()
    } else if has("ident") && has("(") && has("int") {
        ", expected expression".to_string()
    } else if has(";") && has("}") {
        " at end of statement".to_string()
    } else if expected.len() == 1 {
        format!(", expected {}", expected[0].trim_matches('"'))
    } else {
        String::new()
    };
    format!("syntax error: unexpected {unexpected}{suffix}")
}
