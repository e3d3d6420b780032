//! The nesting limit: input nested deeper than [`MAX_DEPTH`] is rejected before parsing, so
//! that no later recursive pass (the checker, the compiler, even dropping the tree) can
//! overflow the Rust stack.
//!
//! The depth is measured on tokens, as an upper bound of the tree's depth: every open
//! bracket adds a level; within a bracket level, every operator, `.` and `:` of the current
//! expression adds one more (`a + b + c` nests one node per operator), and so does every
//! `else` of the current statement (`if {} else if {} ...` nests one `if` per `else`). A `,`
//! or `;` ends both; an `else` ends the expression (the previous condition).

use minigo_lexer::{Token, TokenKind};

pub const MAX_DEPTH: usize = 500;

/// The offset of the first token nested deeper than [`MAX_DEPTH`], if any.
pub fn check(tokens: &[Token]) -> Option<u32> {
    use TokenKind::*;
    // Per open bracket: the nesting added by operators of the current expression and by
    // `else`s of the current statement.
    #[derive(Default)]
    struct Level {
        ops: usize,
        elses: usize,
    }
    let mut levels: Vec<Level> = vec![Level::default()];
    let mut depth = 0usize;
    for tok in tokens {
        let open = levels.len();
        let top = levels.last_mut().expect("the file level is never popped");
        match tok.kind {
            LParen | LBrack | LBrace | LBodyBrace => {
                if tok.kind == LBodyBrace {
                    depth -= top.ops;
                    top.ops = 0;
                }
                levels.push(Level::default());
                depth += 1;
            }
            RParen | RBrack | RBrace if open > 1 => {
                depth -= top.ops + top.elses + 1;
                levels.pop();
            }
            Comma | Semi(_) => {
                depth -= top.ops + top.elses;
                *top = Level::default();
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
        if depth > MAX_DEPTH {
            return Some(tok.lo);
        }
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
