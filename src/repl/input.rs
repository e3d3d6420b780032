//! From what was typed at the prompt to one file of package `main`.
//!
//! An input is classified by parsing, never by its first word: declarations (`func`,
//! `type`, `var`, `const`, `import`) stay declarations; a single `a, b := expr` becomes the
//! session variables `var a, b = expr` (initialised when the input runs); a single
//! expression is echoed (`__repl.Echo(expr)`); anything else runs as the body of a
//! function `__input`; several statements (`a := 1; b := 2`) are split into one input
//! each ([`pieces`]). Standard packages the input names (`strings.ToUpper`) and the
//! session has not declared otherwise are imported for it. [`Unit`] remembers where the
//! input sits in its file, so errors are reported at the input's own line and column.

use minigo_parser::ast::{AssignOp, Decl, ExprKind, File, NodeId, Stmt, StmtKind};
use minigo_types::Diagnostic;

use super::live::{INPUT_NAME, REPL_PKG};

/// The function an input's statements are compiled into.
pub const INPUT_FUNC: &str = "__input";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Decls,
    /// `a, b := expr`, made package-level variables.
    Define,
    /// An expression to echo.
    Expr,
    Stmts,
}

/// One input as a file of package `main`.
pub struct Unit {
    pub form: Form,
    pub src: String,
    /// Added to a column of the input's first line to give the file's column.
    shift: i64,
}

impl Unit {
    /// The function to call after the input's declarations are initialised.
    pub fn func(&self) -> Option<&'static str> {
        matches!(self.form, Form::Expr | Form::Stmts).then_some(INPUT_FUNC)
    }

    /// A diagnostic with its position in the input (`<input>:1:5: msg`).
    pub fn in_input(&self, d: &Diagnostic) -> Diagnostic {
        let mut d = d.clone();
        if d.file == INPUT_NAME && d.line == 1 {
            d.col = (d.col as i64 - self.shift).max(1) as u32;
        }
        d
    }

    /// The echoed expression of a checked `Expr` unit.
    pub fn echoed(file: &File) -> Option<NodeId> {
        file.decls.iter().find_map(|d| match d {
            Decl::Func(f) if f.name.name == INPUT_FUNC => match &f.body.as_ref()?.stmts.first()?.kind {
                StmtKind::Expr(e) => match &e.kind {
                    ExprKind::Call { args, .. } => args.first().map(|a| a.id),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
    }
}

/// How `input` reads (see the module docs).
pub fn classify(input: &str) -> Form {
    if parses_as_decls(input) {
        return Form::Decls;
    }
    let Some((stmts, _)) = parse_stmts(input) else { return Form::Stmts };
    match stmts.as_slice() {
        [Stmt { kind: StmtKind::Expr(e), .. }] if !is_print_call(e) => Form::Expr,
        [Stmt { kind: StmtKind::Assign { lhs, op: AssignOp::Define, .. }, .. }] if lhs.iter().all(|e| matches!(e.kind, ExprKind::Ident(_))) => Form::Define,
        _ => Form::Stmts,
    }
}

fn parses_as_decls(input: &str) -> bool {
    minigo_parser::parse_file(&format!("package main\n{input}\n"), 0, 0).is_ok()
}

/// An input of several statements on one line (`a := 1; b := 2`) as one input per
/// statement, run in order as if typed one by one, so its `:=` variables are the
/// session's and the last expression is echoed. Each piece keeps its place: the text
/// before it is blanked (line breaks kept), so positions are the whole input's. `None`
/// for an input of one piece, and for statements that only make sense in one function
/// body together (`defer`, labels, `goto`, `return`, `break`, `continue`).
pub fn pieces(input: &str) -> Option<Vec<String>> {
    if parses_as_decls(input) {
        return None;
    }
    let (stmts, offset) = parse_stmts(input)?;
    let stmts: Vec<&Stmt> = stmts.iter().filter(|s| s.kind != StmtKind::Empty).collect();
    let shared_body = |s: &&Stmt| matches!(s.kind, StmtKind::Defer(_) | StmtKind::Labeled { .. } | StmtKind::Goto(_) | StmtKind::Return(_) | StmtKind::Break(_) | StmtKind::Continue(_));
    if stmts.len() < 2 || stmts.iter().any(shared_body) {
        return None;
    }
    let piece = |s: &Stmt| -> Option<String> {
        let (lo, hi) = ((s.span.lo as usize).checked_sub(offset)?, (s.span.hi as usize).checked_sub(offset)?);
        let blank: String = input.get(..lo)?.bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }).collect();
        Some(blank + input.get(lo..hi)?)
    };
    stmts.into_iter().map(piece).collect()
}

/// A pasted input of several lines that is neither declarations only nor statements only
/// (`func sq...` then `sq(3)`) as the inputs its lines would have been typed as: each line
/// with the lines that complete it ([`is_incomplete`]). Each keeps its place, the lines
/// before it left empty. `None` if the input is one such group or reads as one input.
pub fn line_groups(input: &str) -> Option<Vec<String>> {
    if !input.contains('\n') || parses_as_decls(input) || parse_stmts(input).is_some() {
        return None;
    }
    let mut groups = Vec::new();
    let (mut group, mut first) = (String::new(), 0);
    for (i, line) in input.lines().enumerate() {
        if group.is_empty() {
            first = i;
        }
        group.push_str(line);
        group.push('\n');
        if !is_incomplete(&group) {
            groups.push("\n".repeat(first) + std::mem::take(&mut group).trim_end());
        }
    }
    if !group.trim().is_empty() {
        groups.push("\n".repeat(first) + group.trim_end());
    }
    (groups.len() > 1).then_some(groups)
}

/// The statements of `input` read as a function body, and the offset of the input in the
/// text parsed.
fn parse_stmts(input: &str) -> Option<(Vec<Stmt>, usize)> {
    let prefix = "package main\nfunc _() {\n";
    let file = minigo_parser::parse_file(&format!("{prefix}{input}\n}}\n"), 0, 0).ok()?;
    let Some(Decl::Func(f)) = file.decls.into_iter().next() else { return None };
    Some((f.body?.stmts, prefix.len()))
}

/// `fmt.Println(...)` and friends, `print`, `println`: run, their results not echoed.
fn is_print_call(e: &minigo_parser::ast::Expr) -> bool {
    let ExprKind::Call { func, .. } = &e.kind else { return false };
    match &func.kind {
        ExprKind::Ident(id) => id.name == "print" || id.name == "println",
        ExprKind::Selector { x, sel } => matches!(&x.kind, ExprKind::Ident(p) if p.name == "fmt") && sel.name.contains("Print"),
        _ => false,
    }
}

/// For `a, b := rhs`: the names and the byte offset of the right side in `input`.
fn define_rhs(input: &str) -> Option<(Vec<String>, usize)> {
    let (stmts, offset) = parse_stmts(input)?;
    let [Stmt { kind: StmtKind::Assign { lhs, rhs, .. }, .. }] = stmts.as_slice() else { return None };
    let names = lhs.iter().filter_map(|e| match &e.kind {
        ExprKind::Ident(id) => Some(id.name.clone()),
        _ => None,
    });
    let start = (rhs.first()?.span.lo as usize).checked_sub(offset)?;
    Some((names.collect(), start))
}

/// The file for `input` read as `form`, importing `imports`. Everything before the input
/// is on the file's first line (explicit semicolons), so the input's lines are the file's
/// (tracebacks show them) and only first-line columns shift.
pub fn build(input: &str, form: Form, imports: &[String]) -> Unit {
    let mut head = String::from("package main; ");
    for path in imports {
        head.push_str(&format!("import {path:?}; "));
    }
    if matches!(form, Form::Expr | Form::Stmts) {
        head.push_str(&format!("import __repl {REPL_PKG:?}; "));
    }
    let mut body = input.to_string();
    let mut shift = 0;
    let tail = match (form, define_rhs(input)) {
        (Form::Define, Some((names, start))) => {
            head.push_str(&format!("var {} = ", names.join(", ")));
            // The right side keeps its line (a line break after `=` continues the line).
            let skipped = &input[..start];
            body = format!("{}{}", "\n".repeat(skipped.matches('\n').count()), &input[start..]);
            shift = -(start as i64);
            ""
        }
        (Form::Expr, _) => {
            head.push_str(&format!("func {INPUT_FUNC}() {{ __repl.Echo("));
            ")\n}"
        }
        (Form::Stmts, _) => {
            head.push_str(&format!("func {INPUT_FUNC}() {{ "));
            "\n}"
        }
        _ => "",
    };
    shift += head.len() as i64;
    let src = format!("{head}{body}{tail}\n");
    Unit { form, src, shift }
}

/// Standard packages `input` uses as `name.Member` (Go identifiers before a dot, outside
/// strings and comments), unless `declared(name)`: their import paths.
pub fn used_packages(input: &str, declared: impl Fn(&str) -> bool) -> Vec<String> {
    let own_imports: Vec<String> = minigo_parser::parse_file(&format!("package main\n{input}\n"), 0, 0)
        .map(|f| f.imports.iter().map(|i| i.path.clone()).collect())
        .unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for name in qualifiers(input) {
        let Some(path) = minigo_stdlib::package_paths().find(|p| package_name(p) == name && !p.starts_with("internal/")) else { continue };
        if declared(&name) || own_imports.iter().any(|p| p == path) || out.iter().any(|p| p == path) {
            continue;
        }
        out.push(path.to_string());
    }
    out
}

/// The name a package is imported under by default.
pub fn package_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Identifiers directly followed by `.` (outside strings, runes and comments).
fn qualifiers(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = src.char_indices().peekable();
    let mut ident = String::new();
    let mut after_dot = false;
    while let Some((_, c)) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            ident.push(c);
            continue;
        }
        if c == '.' && !ident.is_empty() && !after_dot && !ident.starts_with(|d: char| d.is_ascii_digit()) {
            out.push(std::mem::take(&mut ident));
        }
        after_dot = c == '.';
        ident.clear();
        match c {
            '"' | '\'' | '`' => skip_quoted(&mut chars, c),
            '/' if chars.peek().map(|p| p.1) == Some('/') => {
                chars.by_ref().take_while(|&(_, d)| d != '\n').for_each(drop);
            }
            _ => {}
        }
    }
    out
}

fn skip_quoted(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, quote: char) {
    while let Some((_, d)) = chars.next() {
        if d == '\\' && quote != '`' {
            chars.next();
        } else if d == quote {
            return;
        }
    }
}

/// Whether `text` needs another line: an open bracket, an unterminated raw string, or a
/// last line ending in a binary operator, `,` or `.`.
pub fn is_incomplete(text: &str) -> bool {
    let mut depth = 0i32;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => depth -= 1,
            '`' => {
                if !chars.by_ref().any(|(_, d)| d == '`') {
                    return true;
                }
            }
            '"' | '\'' => skip_quoted(&mut chars, c),
            '/' if chars.peek().map(|p| p.1) == Some('/') => {
                chars.by_ref().take_while(|&(_, d)| d != '\n').for_each(drop);
            }
            _ => {}
        }
    }
    if depth > 0 {
        return true;
    }
    let last = text.lines().last().map(|l| l.split("//").next().unwrap_or("").trim_end()).unwrap_or("");
    let ends_op = last.ends_with(['+', '-', '*', '/', '%', '&', '|', '^', '<', '>', '=', '!', ',', '.']);
    ends_op && !last.ends_with("++") && !last.ends_with("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(classify("importance := 3"), Form::Define);
        assert_eq!(classify("import \"fmt\""), Form::Decls);
        assert_eq!(classify("func f() {}"), Form::Decls);
        assert_eq!(classify("[]int{1, 2}"), Form::Expr);
        assert_eq!(classify("fmt.Println(1)"), Form::Stmts);
        assert_eq!(classify("x++"), Form::Stmts);
    }

    #[test]
    fn several_statements_are_pieces_in_place() {
        assert_eq!(pieces("x := 1; x++; x").unwrap(), ["x := 1", "        x++", "             x"]);
        assert_eq!(pieces("a := 1\nb := 2").unwrap(), ["a := 1", "      \nb := 2"]);
        assert_eq!(pieces("x := 1"), None);
        assert_eq!(pieces("for i := 0; i < 3; i++ { n++ }"), None);
        assert_eq!(pieces("defer f(); g()"), None);
        assert_eq!(pieces("type T int; var v T"), None);
    }

    #[test]
    fn incomplete() {
        assert!(is_incomplete("func f() {"));
        assert!(is_incomplete("3 +"));
        assert!(is_incomplete("s := `a"));
        assert!(!is_incomplete("x++"));
        assert!(!is_incomplete("f(\"(\")"));
    }

    #[test]
    fn define_over_lines() {
        let u = build("x :=\n  5", Form::Define, &[]);
        assert!(u.src.ends_with("var x = \n5\n"), "{}", u.src);
        assert_eq!(classify("x :=\n  5"), Form::Define);
    }

    #[test]
    fn positions_are_the_inputs() {
        let u = build("a := 1 + \"x\"", Form::Define, &[]);
        let col = u.src.find('1').unwrap() as u32 + 1;
        let d = Diagnostic { file: INPUT_NAME.into(), line: 1, col, msg: "m".into() };
        assert!(u.src.contains("var a = 1 + \"x\""));
        assert_eq!(u.in_input(&d).to_string(), "<input>:1:6: m");
    }

    #[test]
    fn pasted_lines_group_as_typed() {
        let groups = line_groups("func sq(n int) int {\n\treturn n * n\n}\nsq(3)\n").unwrap();
        assert_eq!(groups, ["func sq(n int) int {\n\treturn n * n\n}", "\n\n\nsq(3)"]);
        assert!(line_groups("a := 1\nb := 2").is_none());
        assert!(line_groups("func f() {}\nfunc g() {}").is_none());
    }

    #[test]
    fn packages_used() {
        assert_eq!(used_packages("strings.ToUpper(\"a.b\") // fmt.", |_| false), ["strings"]);
        assert_eq!(used_packages("rand.Intn(3)", |_| false), ["math/rand"]);
        assert!(used_packages("strings.ToUpper(\"x\")", |n| n == "strings").is_empty());
    }
}
