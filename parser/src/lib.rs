//! The Go parser: tokens from `minigo-lexer` to the syntax tree of [`ast`], with a lalrpop
//! grammar.
//!
//! Several files are parsed into one program (the user's file and the standard-library
//! packages written in Go), so each file is parsed at a `base` offset (its spans are
//! `base + byte offset`) and numbers its nodes from `first_node`: spans and `NodeId`s are
//! then unique across the program.
//!
//! Entry points: [`parse_file`] (a clean file or its errors), [`parse_file_checkable`] (the
//! tree plus the errors that do not stop Go from type-checking, as `go build` goes on after
//! lexical errors), [`parse_expr`].
//!
//! Modules: `grammar.lalrpop` (the LR(1) grammar), `actions` (node construction), `errors`
//! (syntax errors in Go's words, and Go's recovery after them), [`nesting`] (the depth
//! limit), [`visit`] (a mutable tree walk), [`printer`] (trees back to Go source).

mod actions;
pub mod ast;
mod errors;
pub mod nesting;
pub mod printer;
pub mod visit;

use lalrpop_util::lalrpop_mod;
use minigo_lexer::Token;

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, dead_code)]
    grammar
);

/// A syntax error in Go's words (`syntax error: unexpected newline, expected comma or )`).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// Offset (with `base` added) where Go reports the error.
    pub offset: u32,
    pub msg: String,
}

impl SyntaxError {
    /// Whether Go stops at this error instead of going on to type-check the file: syntax
    /// errors do, and so do the errors the go command finds in the package clause and
    /// imports; lexical errors and the few others the parser words itself do not.
    pub fn stops_checking(&self) -> bool {
        let go_command = ["expected '", "missing import path", "invalid import path"];
        self.msg.starts_with("syntax error") || go_command.iter().any(|p| self.msg.starts_with(p))
    }
}

/// Go reports at most this many errors.
const MAX_ERRORS: usize = 10;

/// Parses one Go source file. Spans are `base + byte offset`; node ids are numbered from
/// `first_node`, and `File::node_count` is one past the last id used. On failure returns
/// the errors (lexical and syntactic) in source order, at most 10 as Go reports: after a
/// syntax error, parsing resumes at a later declaration (see `errors::resume`).
pub fn parse_file(src: &str, base: u32, first_node: u32) -> Result<ast::File, Vec<SyntaxError>> {
    match parse_file_checkable(src, base, first_node) {
        (Some(file), errors) if errors.is_empty() => Ok(file),
        (_, errors) => Err(errors),
    }
}

/// Like [`parse_file`], but as `go build` goes on: errors that do not stop Go from type
/// checking (lexical errors such as `newline in string`, and a few the parser words itself,
/// see [`SyntaxError::stops_checking`]) come with the file, which is then `Some` and should
/// be checked, the checker's errors merged with these in position order. A malformed literal
/// is an `ExprKind::Bad` in that tree. The file is `None` when a syntax error stops Go.
pub fn parse_file_checkable(
    src: &str,
    base: u32,
    first_node: u32,
) -> (Option<ast::File>, Vec<SyntaxError>) {
    let parser = grammar::FileParser::new();
    let (tokens, lex_errors) = match tokenize(src, base) {
        Ok(t) => t,
        Err(errors) => return (None, errors),
    };
    let mut ctx = actions::Ctx::new(src, base, first_node);
    ctx.mark_bad_literals(&tokens, lex_errors.iter().map(|e| e.offset - base));
    let mut errors = lex_errors;
    let mut input = tokens;
    let mut file = None;
    let mut failed = false;
    loop {
        let stream = input
            .iter()
            .map(|t| Ok((t.lo as usize, t.kind, t.hi as usize)));
        let result = parser.parse(&mut ctx, stream);
        errors.append(&mut ctx.errors);
        let failure = match result {
            // After a failure, later parts are parsed for their errors only.
            Ok(mut parsed) => {
                parsed.node_count = ctx.node_count();
                file = (!failed).then_some(parsed);
                break;
            }
            Err(e) => e,
        };
        failed = true;
        let (error, at) = errors::translate(src, base, &input, failure, true);
        // Like Go, say nothing more at the end of the input once something is wrong.
        if !(errors.is_empty() || at < input.len() && input[at].lo < input[at].hi) {
            break;
        }
        errors.push(error);
        let message = errors.last().map(|e| e.msg.clone()).unwrap_or_default();
        let Some(resume) = errors::resume(src, base, &input, at, &message) else {
            break;
        };
        errors.extend(resume.extra);
        if errors.len() >= MAX_ERRORS {
            break;
        }
        // Go on with the rest as if it were a file of its own, behind synthetic tokens (empty,
        // at the resume point) that recreate what encloses it.
        let offset = input.get(resume.at).map_or(src.len() as u32, |t| t.lo);
        input = resume
            .prefix
            .into_iter()
            .map(|kind| Token {
                kind,
                lo: offset,
                hi: offset,
            })
            .chain(input[resume.at..].iter().copied())
            .collect();
    }
    if errors.iter().any(SyntaxError::stops_checking) {
        return (None, finish_errors(errors, src, base));
    }
    errors.append(&mut ctx.checker_errors);
    (file, finish_errors(errors, src, base))
}

/// Parses a single expression (for tests and the REPL), numbering nodes from `first_node`.
pub fn parse_expr(src: &str, base: u32, first_node: u32) -> Result<ast::Expr, Vec<SyntaxError>> {
    let (tokens, mut errors) = tokenize(src, base)?;
    let mut ctx = actions::Ctx::new(src, base, first_node);
    let stream = tokens
        .iter()
        .map(|t| Ok((t.lo as usize, t.kind, t.hi as usize)));
    let result = grammar::ExprOnlyParser::new().parse(&mut ctx, stream);
    errors.append(&mut ctx.errors);
    if errors.is_empty() {
        errors.append(&mut ctx.checker_errors);
    }
    match result {
        Ok(e) if errors.is_empty() => Ok(e),
        Ok(_) => Err(finish_errors(errors, src, base)),
        Err(e) => {
            errors.push(errors::translate(src, base, &tokens, e, false).0);
            Err(finish_errors(errors, src, base))
        }
    }
}

/// The tokens and lexical errors of `src`, or the errors alone when it nests too deeply.
fn tokenize(src: &str, base: u32) -> Result<(Vec<Token>, Vec<SyntaxError>), Vec<SyntaxError>> {
    let (tokens, lex_errors) = minigo_lexer::tokenize(src);
    let mut errors: Vec<SyntaxError> = lex_errors
        .into_iter()
        .map(|e| SyntaxError {
            offset: base + e.offset,
            msg: e.msg,
        })
        .collect();
    if let Some(offset) = nesting::check(&tokens) {
        errors.push(SyntaxError {
            offset: base + offset,
            msg: "syntax error: exceeded max nesting depth".to_string(),
        });
        return Err(finish_errors(errors, src, base));
    }
    Ok((tokens, errors))
}

/// Sorts the errors and keeps what Go would print: one syntax error per line, at most 10.
fn finish_errors(mut errors: Vec<SyntaxError>, src: &str, base: u32) -> Vec<SyntaxError> {
    errors.sort_by_key(|e| e.offset);
    let lines = ast::LineIndex::new(src);
    let mut last_syntax_line = None;
    errors.retain(|e| {
        if !e.msg.starts_with("syntax error") {
            return true;
        }
        let line = lines.line_col(e.offset.saturating_sub(base)).0;
        last_syntax_line.replace(line) != Some(line)
    });
    errors.truncate(MAX_ERRORS);
    errors
}

#[cfg(test)]
mod tests;
