//! What the prompt knows about names: Tab completion (names in scope, keywords, package
//! names, `pkg.Member`), the incomplete-input check for multi-line editing, and `:doc`
//! (read from the standard packages' Go sources).

use std::collections::HashMap;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper};

use super::input::{is_incomplete, package_name};
use super::live::Live;

const KEYWORDS: &[&str] = &[
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
    "return", "select", "struct", "switch", "type", "var",
];

/// The line editor's helper: completion and multi-line validation.
pub struct ReplHelper {
    names: Vec<String>,
    /// Package name -> exported top-level names.
    members: HashMap<String, Vec<String>>,
}

impl ReplHelper {
    pub fn new(live: &Live) -> ReplHelper {
        let mut members = HashMap::new();
        for path in minigo_stdlib::package_paths().filter(|p| !p.starts_with("internal/")) {
            let src = minigo_types::Importer::source(&minigo_stdlib::StdImporter, path).unwrap_or("");
            members.insert(package_name(path).to_string(), exported(src));
        }
        let mut h = ReplHelper { names: Vec::new(), members };
        h.refresh(live);
        h
    }

    /// Takes the session's names after an input.
    pub fn refresh(&mut self, live: &Live) {
        let mut names = live.checker().names();
        names.retain(|n| !n.starts_with("__"));
        names.extend(KEYWORDS.iter().map(|k| k.to_string()));
        names.extend(self.members.keys().cloned());
        names.sort();
        names.dedup();
        self.names = names;
    }

    fn candidates(&self, word: &str) -> Vec<String> {
        if let Some((pkg, prefix)) = word.rsplit_once('.') {
            let Some(members) = self.members.get(pkg) else { return Vec::new() };
            return members.iter().filter(|m| m.starts_with(prefix)).map(|m| format!("{pkg}.{m}")).collect();
        }
        self.names.iter().filter(|n| n.starts_with(word)).cloned().collect()
    }
}

/// Exported top-level names declared in a Go source (`func F(`, `type T`, `var V`, `const C`).
fn exported(src: &str) -> Vec<String> {
    let mut out: Vec<String> = src
        .lines()
        .filter_map(|l| ["func ", "type ", "var ", "const "].iter().find_map(|k| l.strip_prefix(k)))
        .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
        .filter(|n| n.starts_with(|c: char| c.is_uppercase()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// `:doc pkg.Name`: the doc comment and declaration line of a standard package's name.
pub fn doc(name: &str) -> String {
    let Some((pkg, member)) = name.rsplit_once('.') else { return format!("usage: :doc pkg.Name (e.g. :doc strings.ToUpper)\n") };
    let Some(path) = minigo_stdlib::package_paths().find(|p| package_name(p) == pkg) else { return format!("no standard package {pkg}\n") };
    let lines: Vec<&str> = minigo_types::Importer::source(&minigo_stdlib::StdImporter, path).unwrap_or("").lines().collect();
    let decl = lines.iter().position(|l| {
        ["func ", "type ", "var ", "const "].iter().any(|k| l.strip_prefix(k).is_some_and(|r| r.starts_with(member) && !r[member.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')))
    });
    let Some(i) = decl else { return format!("no {name} in package {path}\n") };
    let comment_start = lines[..i].iter().rposition(|l| !l.starts_with("//")).map_or(0, |j| j + 1);
    let mut out = String::new();
    for l in &lines[comment_start..i] {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str(lines[i].trim_end_matches('{').trim_end());
    out.push('\n');
    out
}

impl Completer for ReplHelper {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let start = line[..pos].rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
        Ok((start, self.candidates(&line[start..pos])))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        Ok(if is_incomplete(ctx.input()) { ValidationResult::Incomplete } else { ValidationResult::Valid(None) })
    }
}

impl Helper for ReplHelper {}
