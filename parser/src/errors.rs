//! Syntax errors in Go's words: turns lalrpop's "unrecognized token, expected one of ..."
//! into the message `go build` prints for the same mistake (`syntax error: unexpected
//! newline in argument list; possibly missing comma or )`).
//!
//! Go's parser is recursive descent and words each error after the construct it is in. The
//! LR automaton only says which token it could not accept and which it expected, so
//! [`Context`] rebuilds the construct from the tokens before the error (which bracket is
//! open and what opened it, which statement header we are in), and [`message`] picks Go's
//! wording from that and the expected set, following `cmd/compile/internal/syntax/parser.go`.

use lalrpop_util::ParseError;
use minigo_lexer::{SemiKind, Token, TokenKind};

use crate::SyntaxError;

/// What an open bracket belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    ArgList,
    ParamList,
    CompositeLit,
    StructType,
    InterfaceType,
    GroupedDecl,
    Paren,
    Index,
    /// A block of statements (for a `switch` or `select`: of clauses).
    Block(BlockKind),
}

/// What a block belongs to, so that recovery can recreate it (see [`function_prefix`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    Func,
    If,
    For,
    Switch,
    Select,
    Plain,
}

impl Frame {
    /// For constructs parsed by Go's `p.list`: the context name, separator and closer.
    fn list(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Frame::ArgList => Some(("argument list", ",", ")")),
            Frame::ParamList => Some(("parameter list", ",", ")")),
            Frame::CompositeLit => Some(("composite literal", ",", "}")),
            Frame::StructType => Some(("struct type", ";", "}")),
            Frame::InterfaceType => Some(("interface type", ";", "}")),
            Frame::GroupedDecl => Some(("grouped declaration", ";", ")")),
            _ => None,
        }
    }
}

/// The syntactic surroundings of the token at which parsing stopped.
struct Context {
    /// Open brackets, innermost last.
    frames: Vec<Frame>,
    /// The `if`/`for`/`switch` whose header we are in (at the innermost bracket level), and
    /// how many semicolons of the header are behind.
    header: Option<(TokenKind, usize)>,
    /// The innermost open grouped declaration is an `import (...)`.
    in_import_group: bool,
    /// The declaration keyword of the innermost `var`/`const`/`type` being declared.
    decl: Option<TokenKind>,
    /// At top level, the last function declaration had no body yet.
    bodyless_func: bool,
}

fn ends_operand(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident | Number(_) | Rune | String | RParen | RBrack | RBrace
    )
}

impl Context {
    fn scan(tokens: &[Token]) -> Context {
        use TokenKind::*;
        let mut frames: Vec<Frame> = Vec::new();
        // Bracket depths at which a `func` waits for its body, and headers with their depth.
        let mut funcs: Vec<usize> = Vec::new();
        let mut headers: Vec<(TokenKind, usize, usize)> = Vec::new();
        let mut import_groups: Vec<usize> = Vec::new();
        let mut decls: Vec<(TokenKind, usize)> = Vec::new();
        let mut last_closed: Option<Frame> = None;
        let mut bodyless_func = false;
        for (i, tok) in tokens.iter().enumerate() {
            let prev = i.checked_sub(1).map(|j| tokens[j].kind);
            let prev2 = i.checked_sub(2).map(|j| tokens[j].kind);
            let depth = frames.len();
            match tok.kind {
                Func => {
                    funcs.push(depth);
                    if depth == 0 {
                        bodyless_func = false;
                    }
                }
                If | For | Switch => headers.push((tok.kind, depth, 0)),
                Var | Const | Type => decls.push((tok.kind, depth)),
                LParen => {
                    let frame = match prev {
                        Some(Import) => {
                            import_groups.push(depth + 1);
                            Frame::GroupedDecl
                        }
                        Some(Var | Const | Type) => Frame::GroupedDecl,
                        Some(Func) => Frame::ParamList,
                        Some(Ident) if frames.last() == Some(&Frame::InterfaceType) => {
                            Frame::ParamList
                        }
                        Some(Ident) if matches!(prev2, Some(Func)) => Frame::ParamList,
                        Some(Ident)
                            if matches!(prev2, Some(RParen))
                                && last_closed == Some(Frame::ParamList) =>
                        {
                            Frame::ParamList
                        }
                        Some(RParen)
                            if last_closed == Some(Frame::ParamList)
                                && funcs.last() == Some(&depth) =>
                        {
                            Frame::ParamList
                        }
                        Some(k) if ends_operand(k) => Frame::ArgList,
                        _ => Frame::Paren,
                    };
                    frames.push(frame);
                }
                LBrack => frames.push(if prev.is_some_and(ends_operand) {
                    Frame::Index
                } else {
                    Frame::Paren
                }),
                LBrace | LBodyBrace => {
                    let frame = if matches!(prev, Some(Struct)) {
                        Frame::StructType
                    } else if matches!(prev, Some(Interface)) {
                        Frame::InterfaceType
                    } else if tok.kind == LBodyBrace {
                        let keyword = headers
                            .last()
                            .filter(|&&(_, d, _)| d == depth)
                            .map(|&(k, _, _)| k);
                        headers.retain(|&(_, d, _)| d < depth);
                        Frame::Block(match keyword {
                            Some(If) => BlockKind::If,
                            Some(For) => BlockKind::For,
                            _ => BlockKind::Switch,
                        })
                    } else if matches!(prev, Some(Select)) {
                        Frame::Block(BlockKind::Select)
                    } else if funcs.last() == Some(&depth) {
                        funcs.pop();
                        Frame::Block(BlockKind::Func)
                    } else if prev.is_none_or(|k| {
                        matches!(k, Semi(_) | LBrace | LBodyBrace | RBrace | Colon | Else)
                    }) {
                        Frame::Block(BlockKind::Plain)
                    } else {
                        Frame::CompositeLit
                    };
                    frames.push(frame);
                }
                RParen | RBrack | RBrace => {
                    last_closed = frames.pop();
                    let depth = frames.len();
                    funcs.retain(|&d| d <= depth);
                    headers.retain(|&(_, d, _)| d <= depth);
                    import_groups.retain(|&d| d <= depth);
                    decls.retain(|&(_, d)| d <= depth);
                    continue;
                }
                Semi(_) | Comma => {
                    if let Some((_, d, semis)) = headers.last_mut() {
                        if *d == depth && tok.kind != Comma {
                            *semis += 1;
                        }
                    }
                    if funcs.last() == Some(&depth) {
                        funcs.pop();
                        if depth == 0 {
                            bodyless_func = true;
                        }
                    }
                    if tok.kind != Comma && frames.last() != Some(&Frame::GroupedDecl) {
                        decls.retain(|&(_, d)| d < depth);
                    }
                }
                _ => {}
            }
            last_closed = None;
        }
        let depth = frames.len();
        let header = headers
            .last()
            .filter(|&&(_, d, _)| d == depth)
            .map(|&(k, _, semis)| (k, semis));
        let in_import_group = import_groups.last() == Some(&depth) && depth > 0;
        let decl = decls
            .last()
            .filter(|&&(_, d)| d + 1 >= depth)
            .map(|&(k, _)| k);
        Context {
            frames,
            header,
            in_import_group,
            decl,
            bodyless_func,
        }
    }
}

/// How go/parser names the token it found (`found 'func'`, `found newline`, `found x`).
fn go_parser_found(src: &str, tok: Token) -> String {
    use TokenKind::*;
    match tok.kind {
        Semi(SemiKind::Newline) => "newline".to_string(),
        Semi(SemiKind::Eof) => "'EOF'".to_string(),
        Semi(SemiKind::Explicit) => "';'".to_string(),
        Comma => "','".to_string(),
        LBodyBrace => "'{'".to_string(),
        Ident | Number(_) | Rune | String => src[tok.lo as usize..tok.hi as usize].to_string(),
        k => format!("'{}'", k.spelling()),
    }
}

/// How Go's errors name an expected token (`tokstring`).
fn token_string(terminal: &str) -> String {
    match terminal {
        "," => "comma".to_string(),
        ";" => "semicolon or newline".to_string(),
        "ident" => "name".to_string(),
        "{body" => "{".to_string(),
        "int" | "float" | "imag" | "rune" | "string" => "literal".to_string(),
        t if t.chars().all(|c| c.is_ascii_lowercase()) => format!("keyword {t}"),
        t => t.to_string(),
    }
}

/// Go's error for a failed parse of `tokens`, and the index of the token it is about
/// (`tokens.len()` at the end of the input).
pub fn translate(
    src: &str,
    base: u32,
    tokens: &[Token],
    err: ParseError<usize, TokenKind, ()>,
    whole_file: bool,
) -> (SyntaxError, usize) {
    let (lo, expected) = match err {
        ParseError::UnrecognizedToken {
            token: (lo, _, _),
            expected,
        } => (lo, expected),
        ParseError::UnrecognizedEof { location, expected } => (location, expected),
        ParseError::ExtraToken { token: (lo, _, _) } => (lo, vec![]),
        ParseError::InvalidToken { location } => (location, vec![]),
        ParseError::User { .. } => (src.len(), vec![]),
    };
    let expected: Vec<&str> = expected.iter().map(|e| e.trim_matches('"')).collect();
    // Zero-width tokens may share the offset (see `resume`); the real one is the widest.
    let mut idx = tokens.partition_point(|t| (t.lo as usize) < lo);
    while tokens.get(idx + 1).is_some_and(|t| t.lo as usize == lo)
        && tokens[idx].lo == tokens[idx].hi
    {
        idx += 1;
    }
    let end = src.len() as u32;
    let tok = tokens.get(idx).copied().unwrap_or(Token {
        kind: TokenKind::Semi(SemiKind::Eof),
        lo: end,
        hi: end,
    });
    let (offset, msg) = message(src, tokens, idx, tok, &expected, whole_file);
    (
        SyntaxError {
            offset: base + offset,
            msg,
        },
        idx,
    )
}

/// How parsing goes on after an error: Go's parser recovers locally and keeps going.
pub struct Resume {
    /// An error Go reports on the way.
    pub extra: Option<SyntaxError>,
    /// The index of the token where parsing resumes.
    pub at: usize,
    /// Tokens to put before `tokens[at]` (empty, at its offset) so that a parse from the
    /// file's start arrives in the state Go's parser is in: a package clause, and for
    /// errors in statements the enclosing function and blocks.
    pub prefix: Vec<TokenKind>,
}

/// Where Go's parser goes on after `error` at `tokens[idx]`, following its `advance` calls:
/// - at top level, to the next declaration keyword;
/// - in the parameter list of a function declaration, to the first closing bracket, which
///   Go then complains about unless it is the list's `)`;
/// - at the end of a statement, to the next `;`, `}`, `case`, `default` or statement
///   keyword, in the same blocks;
/// - where a statement list wanted `}`, one token further, with the block closed.
///
/// - in parentheses, argument lists and composite literals directly in a statement, past the
///   closing token (or to a statement keyword), with the expression complete.
///
/// Anywhere else (deeper in expressions) Go's recovery is not followed: parsing resumes at
/// the next declaration keyword that starts a line, so errors Go would find in between are
/// not reported.
pub fn resume(src: &str, base: u32, tokens: &[Token], idx: usize, error: &str) -> Option<Resume> {
    use TokenKind::*;
    let is_decl = |t: &Token| matches!(t.kind, Import | Const | Type | Var | Func);
    let starts_line =
        |t: &Token| t.lo == 0 || src.as_bytes().get(t.lo as usize - 1) == Some(&b'\n');
    let next_decl = |from: usize, line_start: bool| {
        (from..tokens.len())
            .find(|&i| is_decl(&tokens[i]) && (!line_start || starts_line(&tokens[i])))
    };
    let top_level = |at: usize, extra: Option<SyntaxError>| Resume {
        extra,
        at,
        prefix: vec![Package, Ident, Semi(SemiKind::Explicit)],
    };
    let ctx = Context::scan(&tokens[..idx]);
    let blocks = in_statements(&ctx.frames);
    match ctx.frames.as_slice() {
        [] => next_decl(idx, false).map(|at| top_level(at, None)),
        [Frame::ParamList] => {
            let close =
                (idx..tokens.len()).find(|&i| matches!(tokens[i].kind, RParen | RBrack | RBrace));
            match close {
                Some(i) if tokens[i].kind != RParen => {
                    let tok = tokens[i];
                    let msg = format!(
                        "syntax error: unexpected {} after top level declaration",
                        tok.describe(src)
                    );
                    let extra = Some(SyntaxError {
                        offset: base + tok.lo,
                        msg,
                    });
                    next_decl(i, false).map(|at| top_level(at, extra))
                }
                _ => next_decl(close.unwrap_or(idx), true).map(|at| top_level(at, None)),
            }
        }
        [Frame::Block(BlockKind::Func), ..]
            if blocks && error.ends_with(" at end of statement") =>
        {
            let stop =
                |k: TokenKind| matches!(k, Semi(_) | RBrace | Case | Default) || in_stop_set(k);
            let mut at = (idx..tokens.len()).find(|&i| stop(tokens[i].kind))?;
            if matches!(tokens[at].kind, Semi(_)) {
                at += 1;
            }
            Some(Resume {
                extra: None,
                at,
                prefix: function_prefix(&ctx.frames),
            })
        }
        [Frame::Block(BlockKind::Func), rest @ ..]
            if blocks && error.ends_with(", expected }") && idx < tokens.len() =>
        {
            // Go's `want` skips the offending token and the block ends there.
            let mut at = idx + 1;
            if rest.is_empty() {
                // The function body ended: a `;` may follow the declaration.
                if tokens.get(at).is_some_and(|t| matches!(t.kind, Semi(_))) {
                    at += 1;
                }
                return (at < tokens.len()).then(|| top_level(at, None));
            }
            Some(Resume {
                extra: None,
                at,
                prefix: function_prefix(&ctx.frames[..ctx.frames.len() - 1]),
            })
        }
        [outer @ .., last @ (Frame::Paren | Frame::ArgList | Frame::CompositeLit)]
            if in_statements(outer) =>
        {
            let at = if *last == Frame::Paren {
                // `want(")")` skips one token.
                (idx < tokens.len()).then_some(idx + 1)?
            } else {
                // A list skips to a closing bracket (or a statement keyword), taking its own.
                let close = if *last == Frame::ArgList {
                    RParen
                } else {
                    RBrace
                };
                let j = (idx..tokens.len()).find(|&i| {
                    matches!(tokens[i].kind, RParen | RBrack | RBrace)
                        || in_stop_set(tokens[i].kind)
                })?;
                if tokens[j].kind == close {
                    j + 1
                } else {
                    j
                }
            };
            // The expression is complete there: resume after a synthetic operand.
            let mut prefix = function_prefix(outer);
            prefix.push(Ident);
            Some(Resume {
                extra: None,
                at,
                prefix,
            })
        }
        _ => next_decl(idx + 1, true).map(|at| top_level(at, None)),
    }
}

/// Go's `stopset`: keywords that start a statement, where its `advance` stops inside a
/// function.
fn in_stop_set(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Break
            | Const
            | Continue
            | Defer
            | Fallthrough
            | For
            | Go
            | Goto
            | If
            | Return
            | Select
            | Switch
            | Type
            | Var
    )
}

/// Whether the frames are a function declaration's body and blocks of statements in it
/// (no function literal), which [`function_prefix`] can recreate.
fn in_statements(frames: &[Frame]) -> bool {
    matches!(frames.first(), Some(Frame::Block(BlockKind::Func)))
        && frames[1..]
            .iter()
            .all(|f| matches!(f, Frame::Block(k) if *k != BlockKind::Func))
}

/// Tokens that open a function body and then the given blocks (the function's first).
fn function_prefix(blocks: &[Frame]) -> Vec<TokenKind> {
    use TokenKind::*;
    let mut prefix = vec![
        Package,
        Ident,
        Semi(SemiKind::Explicit),
        Func,
        Ident,
        LParen,
        RParen,
        LBrace,
    ];
    for frame in blocks.iter().skip(1) {
        match frame {
            Frame::Block(BlockKind::If) => prefix.extend([If, Ident, LBodyBrace]),
            Frame::Block(BlockKind::For) => prefix.extend([For, LBodyBrace]),
            Frame::Block(BlockKind::Switch) => prefix.extend([Switch, LBodyBrace, Default, Colon]),
            Frame::Block(BlockKind::Select) => prefix.extend([Select, LBrace, Default, Colon]),
            _ => prefix.push(LBrace),
        }
    }
    prefix
}

/// Go's message for a parse that stopped at `tok` (= `tokens[idx]`, or EOF), and where.
fn message(
    src: &str,
    tokens: &[Token],
    idx: usize,
    tok: Token,
    expected: &[&str],
    whole_file: bool,
) -> (u32, String) {
    use TokenKind::*;
    let has = |t: &str| expected.contains(&t);
    let at = tok.lo;
    let unexpected = tok.describe(src);
    let plain = |msg: &str| (at, format!("syntax error: {msg}"));
    let unexpected_with =
        |suffix: &str| (at, format!("syntax error: unexpected {unexpected}{suffix}"));
    let prev = idx.checked_sub(1).map(|j| tokens[j]);
    let prev_kind = prev.map(|t| t.kind);

    if whole_file && (idx == 0 || (idx == 1 && prev_kind == Some(Package))) {
        // The go command checks the package clause first, with go/parser's wording.
        let want = if idx == 0 { "'package'" } else { "'IDENT'" };
        return (
            at,
            format!("expected {want}, found {}", go_parser_found(src, tok)),
        );
    }

    let ctx = Context::scan(&tokens[..idx]);
    let innermost = ctx.frames.last().copied();
    let statement_start = has("return") && has("go");

    if innermost.is_none() && has("func") && has("var") {
        if tok.kind == Import {
            return plain("imports must appear before other declarations");
        }
        if tok.kind == LBrace && ctx.bodyless_func {
            return plain("unexpected semicolon or newline before {");
        }
        return plain("non-declaration statement outside function body");
    }
    if matches!(tok.kind, Var) && matches!(prev_kind, Some(If | For | Switch)) {
        // Go skips the `var` and complains at the token after it.
        let keyword = prev_kind.map(TokenKind::spelling).unwrap_or("if");
        let after = tokens.get(idx + 1).map_or(at, |t| t.lo);
        return (
            after,
            format!("syntax error: var declaration not allowed in {keyword} initializer"),
        );
    }
    if prev_kind == Some(Chan)
        || (prev_kind == Some(Arrow) && idx >= 2 && tokens[idx - 2].kind == Chan)
    {
        return plain("missing channel element type");
    }
    if let Some((keyword, semis)) = ctx.header {
        if tok.kind == LBodyBrace {
            if prev_kind == Some(If) {
                return plain("missing condition in if statement");
            }
            if let (Some(semi), If) = (prev, keyword) {
                if let Semi(kind) = semi.kind {
                    let msg = if kind == SemiKind::Explicit {
                        "syntax error: missing condition in if statement".to_string()
                    } else {
                        format!(
                            "syntax error: unexpected {}, expected {{ after if clause",
                            semi.describe(src)
                        )
                    };
                    return (semi.lo, msg);
                }
            }
            if keyword == For && has(";") {
                return unexpected_with(", expected for loop condition");
            }
        }
        if has("{body") {
            // Right after the first simple statement Go's header asks for `{`; once past a
            // semicolon the header is done and the statement's block asks.
            return match (keyword, semis) {
                (_, 0) => unexpected_with(", expected {"),
                (Switch, _) => plain("missing { after switch clause"),
                (For, _) => unexpected_with(", expected { after for clause"),
                _ => unexpected_with(", expected { after if clause"),
            };
        }
    }
    if ctx.in_import_group && has(";") {
        // The go command parses imports itself, with go/parser's wording.
        return (
            at,
            format!("expected ';', found {}", go_parser_found(src, tok)),
        );
    }
    if innermost == Some(Frame::StructType)
        && tok.kind == LParen
        && matches!(prev_kind, Some(Semi(_) | LBrace))
    {
        return plain("cannot parenthesize embedded type");
    }
    if prev_kind == Some(Ellipsis) && has("ident") {
        return plain("... is missing type");
    }
    if prev_kind == Some(Else) {
        return plain("else must be followed by if or statement block");
    }
    if let Some((context, sep, close)) = innermost.and_then(Frame::list) {
        if tok.lo as usize == src.len() && tok.lo == tok.hi {
            // Go's list loop stops at EOF and then wants the closing token.
            return unexpected_with(&format!(", expected {close}"));
        }
        if has(sep) && has(close) {
            return unexpected_with(&format!(
                " in {context}; possibly missing {} or {close}",
                token_string(sep)
            ));
        }
    }
    if innermost == Some(Frame::ParamList) && has(")") && !has(",") {
        // Go's parameter parser wants the closing `)` where no parameter can start.
        return unexpected_with(", expected )");
    }
    if innermost == Some(Frame::Paren) && has(")") && !has(",") {
        return unexpected_with(", expected )");
    }
    if innermost == Some(Frame::Index) && has(":") && has("]") {
        return unexpected_with(", expected comma, : or ]");
    }
    if has("string") && !has("int") {
        // Only an import path is expected; the go command words this one (go/parser).
        return (at, "missing import path".to_string());
    }
    if prev_kind == Some(Period) {
        return unexpected_with(", expected name or (");
    }
    if tok.kind == Define && has("=") {
        return unexpected_with(", expected =");
    }
    if ctx.decl == Some(Type) && matches!(prev_kind, Some(Ident)) && has("ident") && has("=") {
        return unexpected_with(" in type declaration");
    }
    if innermost.is_none() && has(";") && !statement_start {
        return unexpected_with(" after top level declaration");
    }
    if has(";") && has("}") {
        return unexpected_with(match (statement_start, has("case")) {
            (false, _) => " at end of statement",
            (true, false) => ", expected }",
            (true, true) => ", expected case or default or }",
        });
    }
    if has(":") && has(",") && matches!(innermost, Some(Frame::Block(_))) {
        return unexpected_with(", expected :");
    }
    if has("ident") && has("int") && has("(") {
        return unexpected_with(", expected expression");
    }
    if has("ident") && has("map") && has("(") {
        return unexpected_with(", expected type");
    }
    if has("ident") && matches!(prev_kind, Some(Var | Const | Type | Func)) {
        return unexpected_with(", expected name");
    }
    if has("case") && has("default") && has("}") {
        return unexpected_with(", expected case or default or }");
    }
    if let [only] = expected {
        return unexpected_with(&format!(", expected {}", token_string(only)));
    }
    unexpected_with("")
}
