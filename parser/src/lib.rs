//! The Go parser: tokens from `minigo-lexer` to the syntax tree of [`ast`], with a lalrpop
//! grammar.
//!
//! Several files are parsed into one program (the user's file and the standard-library
//! packages written in Go), so each file is parsed at a `base` offset (its spans are
//! `base + byte offset`) and numbers its nodes from `first_node`: spans and `NodeId`s are
//! then unique across the program.
//!
//! Modules: `grammar.lalrpop` (the LR(1) grammar), [`actions`] (node construction),
//! [`errors`] (syntax errors in Go's words), [`nesting`] (the depth limit), [`visit`] (a
//! mutable tree walk).

mod actions;
pub mod ast;
mod errors;
pub mod nesting;
pub mod printer;
pub mod visit;

use lalrpop_util::lalrpop_mod;

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

/// Go reports at most this many errors.
const MAX_ERRORS: usize = 10;

/// Parses one Go source file. Spans are `base + byte offset`; node ids are numbered from
/// `first_node`, and `File::node_count` is one past the last id used. On failure returns
/// the errors (lexical and syntactic) in source order, at most 10 as Go reports.
pub fn parse_file(src: &str, base: u32, first_node: u32) -> Result<ast::File, Vec<SyntaxError>> {
    let parser = grammar::FileParser::new();
    let (mut file, ctx) = parse_with(src, base, first_node, |ctx, tokens| parser.parse(ctx, tokens))?;
    file.node_count = ctx.node_count();
    Ok(file)
}

/// Parses a single expression (for tests and the REPL), numbering nodes from `first_node`.
pub fn parse_expr(src: &str, base: u32, first_node: u32) -> Result<ast::Expr, Vec<SyntaxError>> {
    let parser = grammar::ExprOnlyParser::new();
    parse_with(src, base, first_node, |ctx, tokens| parser.parse(ctx, tokens)).map(|(e, _)| e)
}

type Spanned = Result<(usize, minigo_lexer::TokenKind, usize), ()>;
type LalrpopError = lalrpop_util::ParseError<usize, minigo_lexer::TokenKind, ()>;

/// Tokenizes, checks the nesting limit, runs one of the generated parsers and gathers every
/// error in Go's words.
fn parse_with<'s, T>(
    src: &'s str,
    base: u32,
    first_node: u32,
    run: impl FnOnce(&mut actions::Ctx<'s>, &mut dyn Iterator<Item = Spanned>) -> Result<T, LalrpopError>,
) -> Result<(T, actions::Ctx<'s>), Vec<SyntaxError>> {
    let (tokens, lex_errors) = minigo_lexer::tokenize(src);
    let mut errors: Vec<SyntaxError> =
        lex_errors.into_iter().map(|e| SyntaxError { offset: base + e.offset, msg: e.msg }).collect();
    if let Some(offset) = nesting::check(&tokens) {
        errors.push(SyntaxError { offset: base + offset, msg: "syntax error: exceeded max nesting depth".to_string() });
        return Err(finish_errors(errors));
    }
    let mut ctx = actions::Ctx::new(src, base, first_node);
    let mut stream = tokens.iter().map(|t| Ok((t.lo as usize, t.kind, t.hi as usize)));
    let result = run(&mut ctx, &mut stream);
    errors.append(&mut ctx.errors);
    match result {
        Ok(value) if errors.is_empty() => Ok((value, ctx)),
        Ok(_) => Err(finish_errors(errors)),
        Err(e) => {
            errors.push(errors::translate(src, base, &tokens, e));
            Err(finish_errors(errors))
        }
    }
}

fn finish_errors(mut errors: Vec<SyntaxError>) -> Vec<SyntaxError> {
    errors.sort_by_key(|e| e.offset);
    errors.truncate(MAX_ERRORS);
    errors
}

#[cfg(test)]
mod tests;
