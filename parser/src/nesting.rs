//! The nesting limit: input nested deeper than [`MAX_DEPTH`] is rejected before parsing, so
//! that no later recursive pass (the checker, the compiler, even dropping the tree) can
//! overflow the Rust stack.
//!
//! The depth is measured on tokens, as an upper bound of the tree's depth: every open
//! bracket adds a level; within a bracket level, every operator, `.` and `:` of the current
//! expression adds one more (`a + b + c` nests one node per operator), so does every
//! postfix call or index after a closing bracket (`f()()`, `a[0][1]`), and so does every
//! `else` of the current statement (`if {} else if {} ...` nests one `if` per `else`). A `,`
//! or `;` ends both; an `else` ends the expression (the previous condition).
//!
//! Slice and array type prefixes (`[][]int`) nest too but are counted apart, against the
//! larger [`MAX_TYPE_DEPTH`]: the checker handles deep types cheaply.

use minigo_lexer::{Token, TokenKind};

pub const MAX_DEPTH: usize = 500;
pub const MAX_TYPE_DEPTH: usize = 2500;

/// Nesting within one open bracket.
#[derive(Default)]
struct Level {
    /// Operators and postfix operations of the current expression.
    ops: usize,
    /// `else`s of the current statement.
    elses: usize,
    /// `[]`/`[N]` type prefixes of the current expression.
    types: usize,
    /// This level is a `[` in operand position: a slice or array type's (as are all `[]`).
    type_prefix: bool,
}

fn ends_operand(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident | Number(_) | Rune | String | RParen | RBrack | RBrace
    )
}

fn starts_type(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident | LBrack | Mul | Map | Chan | Func | Struct | Interface | LParen | Arrow
    )
}

/// The offset of the first token nested deeper than the limits, if any.
pub fn check(tokens: &[Token]) -> Option<u32> {
    use TokenKind::*;
    let mut levels: Vec<Level> = vec![Level::default()];
    let (mut depth, mut type_depth) = (0usize, 0usize);
    let mut prev: Option<TokenKind> = None;
    // Whether the previous token closed a bracket, and if so a type prefix's.
    let mut closed_type_prefix: Option<bool> = None;
    for tok in tokens {
        let open = levels.len();
        let top = levels.last_mut().expect("the file level is never popped");
        match closed_type_prefix.take() {
            Some(true) if starts_type(tok.kind) => {
                top.types += 1;
                type_depth += 1;
            }
            Some(false) if matches!(tok.kind, LParen | LBrack) => {
                top.ops += 1;
                depth += 1;
            }
            _ => {}
        }
        match tok.kind {
            LParen | LBrack | LBrace | LBodyBrace => {
                if tok.kind == LBodyBrace {
                    depth -= top.ops;
                    top.ops = 0;
                }
                let type_prefix = tok.kind == LBrack && !prev.is_some_and(ends_operand);
                levels.push(Level {
                    type_prefix,
                    ..Level::default()
                });
                depth += 1;
            }
            RParen | RBrack | RBrace if open > 1 => {
                depth -= top.ops + top.elses + 1;
                type_depth -= top.types;
                // `[]` and `[...]` are type prefixes wherever they stand.
                let empty = matches!(prev, Some(LBrack | Ellipsis)) && tok.kind == RBrack;
                closed_type_prefix = Some(top.type_prefix || empty);
                levels.pop();
            }
            Comma | Semi(_) => {
                depth -= top.ops + top.elses;
                type_depth -= top.types;
                *top = Level {
                    type_prefix: top.type_prefix,
                    ..Level::default()
                };
            }
            Else => {
                depth -= top.ops;
                top.ops = 0;
                top.elses += 1;
                depth += 1;
            }
            k if counts_as_nesting(k) => {
                top.ops += 1;
                depth += 1;
            }
            _ => {}
        }
        if depth > MAX_DEPTH || type_depth > MAX_TYPE_DEPTH {
            return Some(tok.lo);
        }
        prev = Some(tok.kind);
    }
    None
}

fn counts_as_nesting(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Add | Sub
            | Mul
            | Quo
            | Rem
            | And
            | Or
            | Xor
            | Shl
            | Shr
            | AndNot
            | LAnd
            | LOr
            | Arrow
            | Eql
            | Lss
            | Gtr
            | Not
            | Neq
            | Leq
            | Geq
            | Period
            | Colon
            | Chan
            | Map
            | Func
            | Ellipsis
            | Tilde
    )
}
