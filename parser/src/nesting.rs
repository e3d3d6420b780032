//! The nesting limit: input nested deeper than [`MAX_DEPTH`] is rejected before parsing, so
//! that no later recursive pass (the checker, the compiler, even dropping the tree) can
//! overflow the Rust stack.
//!
//! The depth is measured on tokens, as an upper bound of the tree's depth: every open
//! bracket adds a level, and within a bracket level every operator, `.`, `else` and `:`
//! since the last `,` or `;` adds one more (a chain `a + b + c` or `if {} else if {} ...`
//! nests one node per operator).

use minigo_lexer::{Token, TokenKind};

pub const MAX_DEPTH: usize = 500;

/// The offset of the first token nested deeper than [`MAX_DEPTH`], if any.
pub fn check(tokens: &[Token]) -> Option<u32> {
    use TokenKind::*;
    // Per open bracket: the nesting contributed by operators since the last separator.
    let mut levels: Vec<usize> = vec![0];
    let mut depth = 0usize;
    for tok in tokens {
        match tok.kind {
            LParen | LBrack | LBrace | LBodyBrace => {
                levels.push(0);
                depth += 1;
            }
            RParen | RBrack | RBrace => {
                if levels.len() > 1 {
                    depth -= levels.pop().unwrap_or(0) + 1;
                }
            }
            Comma | Semi(_) => {
                let top = levels.last_mut().expect("the file level is never popped");
                depth -= *top;
                *top = 0;
            }
            k if counts_as_nesting(k) => {
                *levels.last_mut().expect("the file level is never popped") += 1;
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
        Add | Sub | Mul | Quo | Rem | And | Or | Xor | Shl | Shr | AndNot | LAnd | LOr | Arrow
            | Eql | Lss | Gtr | Not | Neq | Leq | Geq | Period | Else | Colon | Chan | Map | Func
            | Ellipsis | Tilde
    )
}
