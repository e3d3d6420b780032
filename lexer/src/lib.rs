//! The Go lexer: source text to tokens with logos, plus automatic semicolon insertion as the
//! Go spec defines it.
//!
//! [`tokenize`] runs three steps: the raw logos scan ([`token`], with the literal scanners of
//! [`scan`] recording Go's lexical errors), semicolon insertion (the spec's rule: after an
//! identifier, a literal, `break continue fallthrough return ++ -- ) ] }` at a newline, a block
//! comment spanning lines, or the end of the file), and the body-brace pass ([`body_braces`]),
//! which marks the `{` that opens the body of an `if`, `for` or `switch` as
//! [`TokenKind::LBodyBrace`] so that the grammar needs no lookahead to tell it from a
//! composite literal's brace. [`unquote_string`] and [`unquote_rune`] give literal values.

mod body_braces;
mod literal;
mod scan;
mod token;

use logos::Logos;

pub use literal::{unquote_rune, unquote_string};
pub use token::{NumberKind, SemiKind, TokenKind};

/// A token and its byte range `[lo, hi)` in the source. An inserted semicolon has the span of
/// the newline (or the comment) that caused it, or an empty span at the end of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub lo: u32,
    pub hi: u32,
}

impl Token {
    /// The token as Go's syntax errors name it: `name x`, `literal 42`, `keyword if`, `)`,
    /// `newline`, `EOF`.
    pub fn describe(&self, src: &str) -> String {
        let text = src.get(self.lo as usize..self.hi as usize).unwrap_or("");
        match self.kind {
            TokenKind::Ident => format!("name {text}"),
            TokenKind::Number(_) | TokenKind::Rune | TokenKind::String => format!("literal {text}"),
            k if k.is_keyword() => format!("keyword {}", k.spelling()),
            k => k.spelling().to_string(),
        }
    }
}

/// A lexical error in Go's words (`newline in string`), at a byte offset of the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub offset: u32,
    pub msg: String,
}

/// Splits `src` into tokens (comments dropped, semicolons inserted, body braces marked) and
/// the lexical errors found on the way. Never fails: a malformed literal is still a token, an
/// invalid character is skipped after its error is recorded.
pub fn tokenize(src: &str) -> (Vec<Token>, Vec<LexError>) {
    let mut errors = Vec::new();
    let cleaned = skip_ignored_characters(src, &mut errors);
    let mut lex = TokenKind::lexer(&cleaned);
    let mut tokens = Vec::new();
    let mut last: Option<TokenKind> = None;
    let insert_semi = |tokens: &mut Vec<Token>, last: &mut Option<TokenKind>, kind, lo, hi| {
        if last.is_some_and(TokenKind::ends_statement) {
            tokens.push(Token {
                kind: TokenKind::Semi(kind),
                lo,
                hi,
            });
            *last = Some(TokenKind::Semi(kind));
        }
    };
    while let Some(result) = lex.next() {
        let span = lex.span();
        let (lo, hi) = (span.start as u32, span.end as u32);
        match result {
            Ok(TokenKind::Newline) | Ok(TokenKind::Comment(true)) => {
                insert_semi(&mut tokens, &mut last, SemiKind::Newline, lo, hi);
            }
            Ok(TokenKind::Comment(false)) => {}
            Ok(kind) => {
                tokens.push(Token { kind, lo, hi });
                last = Some(kind);
            }
            Err(()) => errors.push(invalid_character(src, span.start)),
        }
        errors.append(&mut lex.extras);
    }
    let end = src.len() as u32;
    insert_semi(&mut tokens, &mut last, SemiKind::Eof, end, end);
    body_braces::mark(&mut tokens);
    errors.sort_by_key(|e| e.offset);
    (tokens, errors)
}

/// Go's source reader drops NUL characters and byte order marks wherever they are (with an
/// error, except for a BOM that starts the file). They become blanks here, which keeps every
/// offset; only their removal from the middle of a token differs from Go.
fn skip_ignored_characters<'s>(
    src: &'s str,
    errors: &mut Vec<LexError>,
) -> std::borrow::Cow<'s, str> {
    if !src.contains(['\0', '\u{FEFF}']) {
        return src.into();
    }
    let mut cleaned = String::with_capacity(src.len());
    for (i, c) in src.char_indices() {
        match c {
            '\0' => errors.push(LexError {
                offset: i as u32,
                msg: "invalid NUL character".to_string(),
            }),
            '\u{FEFF}' if i > 0 => errors.push(LexError {
                offset: i as u32,
                msg: "invalid BOM in the middle of the file".to_string(),
            }),
            '\u{FEFF}' => {}
            _ => {
                cleaned.push(c);
                continue;
            }
        }
        cleaned.extend(std::iter::repeat_n(' ', c.len_utf8()));
    }
    cleaned.into()
}

fn invalid_character(src: &str, offset: usize) -> LexError {
    let c = src[offset..].chars().next().unwrap_or('\0');
    let msg = match c {
        '\0' => "invalid NUL character".to_string(),
        c => format!("invalid character {}", scan::unicode_name(c as u32)),
    };
    LexError {
        offset: offset as u32,
        msg,
    }
}

#[cfg(test)]
mod tests;
