//! Tells the `{` that opens the body of an `if`, `for` or `switch` from the other braces of
//! its header, the way Go's old yacc grammar did in its lexer.
//!
//! Go's rule (spec, "Composite literals": a parsing ambiguity) is that in a statement header a
//! composite literal whose type is a bare type name (`T{}`, `pkg.T{}`) must be parenthesized;
//! literals of array, slice, map and struct types (`[]int{1, 2}`) need no parentheses, just as
//! `cmd/compile/internal/syntax` accepts them. So, at bracket depth 0 of a header, a `{` is
//! the body brace unless it follows `struct`/`interface` (a type's brace), opens the body of a
//! `func` literal of the header, or opens the literal of an array/slice/map/struct type.

use crate::{Token, TokenKind};

/// What the pass is inside of.
enum Frame {
    /// The header of an `if`/`for`/`switch`, at its bracket depth 0.
    Header(Header),
    /// A `(`, `[` or `{` group.
    Group,
}

#[derive(Default)]
struct Header {
    /// `func` keywords of the header whose body brace is still to come.
    pending_func_bodies: u32,
    /// Inside an array/slice/map/struct type, so the next `{` opens its composite literal.
    in_type_literal: bool,
}

/// True when a token ends an operand, so a following `[` indexes rather than starts a type.
fn ends_operand(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident | Number(_) | Rune | String | RParen | RBrack | RBrace
    )
}

pub(crate) fn mark(tokens: &mut [Token]) {
    use TokenKind::*;
    let mut stack: Vec<Frame> = Vec::new();
    let mut prev: Option<TokenKind> = None;
    for tok in tokens.iter_mut() {
        let kind = tok.kind;
        match (stack.last_mut(), kind) {
            (_, If | For | Switch) => stack.push(Frame::Header(Header::default())),
            (Some(Frame::Header(h)), LBrace) => {
                let after_type_keyword = matches!(prev, Some(Struct | Interface));
                if after_type_keyword {
                    // A struct/interface type's own brace.
                } else if h.pending_func_bodies > 0 {
                    h.pending_func_bodies -= 1;
                } else if h.in_type_literal {
                    h.in_type_literal = false;
                } else {
                    tok.kind = LBodyBrace;
                    stack.pop();
                }
                stack.push(Frame::Group);
            }
            (Some(Frame::Header(h)), LParen) => {
                if h.in_type_literal && h.pending_func_bodies == 0 && prev != Some(Func) {
                    // `[]byte(s)`: a conversion, not a literal.
                    h.in_type_literal = false;
                }
                stack.push(Frame::Group);
            }
            (Some(Frame::Header(h)), LBrack) => {
                if !prev.is_some_and(ends_operand) {
                    h.in_type_literal = true;
                }
                stack.push(Frame::Group);
            }
            (Some(Frame::Header(h)), Map | Struct) => h.in_type_literal = true,
            // A func type inside a type literal (`[]func(){...}`) has no body.
            (Some(Frame::Header(h)), Func) if !h.in_type_literal => h.pending_func_bodies += 1,
            (Some(Frame::Header(h)), Semi(_) | Comma | Define | Assign | Range | Colon) => {
                h.in_type_literal = false;
            }
            (Some(Frame::Header(h)), k) if k.is_assign_op() => h.in_type_literal = false,
            (_, LParen | LBrack | LBrace) => stack.push(Frame::Group),
            (_, RParen | RBrack | RBrace) => {
                // Close the innermost group, abandoning any unfinished header inside it.
                while let Some(frame) = stack.pop() {
                    if matches!(frame, Frame::Group) {
                        break;
                    }
                }
            }
            _ => {}
        }
        prev = Some(kind);
    }
}
