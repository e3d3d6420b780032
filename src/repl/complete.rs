//! What the line editor knows about Go: Tab completion (names in scope, keywords, package
//! names, `pkg.Member`, fields and methods after `x.`), highlighting, and `:doc` (read from the standard packages' Go sources).

use std::borrow::Cow;
use std::collections::HashMap;

use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper};

use super::input::package_name;
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
    /// Session variable -> its fields and methods.
    selectors: HashMap<String, Vec<String>>,
    /// Highlight keywords, strings and numbers (a colour terminal).
    colour: bool,
}

impl ReplHelper {
    pub fn new(live: &Live) -> ReplHelper {
        let mut members = HashMap::new();
        for path in minigo_stdlib::package_paths().filter(|p| !p.starts_with("internal/")) {
            let src = minigo_types::Importer::source(&minigo_stdlib::StdImporter, path).unwrap_or("");
            members.insert(package_name(path).to_string(), exported(src));
        }
        let colour = std::env::var_os("NO_COLOR").is_none() && std::env::var("TERM").map_or(false, |t| t != "dumb");
        let mut h = ReplHelper { names: Vec::new(), members, selectors: HashMap::new(), colour };
        h.refresh(live);
        h
    }

    /// Takes the session's names after an input.
    pub fn refresh(&mut self, live: &Live) {
        let mut names = live.checker().names();
        names.retain(|n| !n.starts_with("__"));
        self.selectors = names.iter().map(|n| (n.clone(), live.checker().selectors(n))).filter(|(_, s)| !s.is_empty()).collect();
        names.extend(KEYWORDS.iter().map(|k| k.to_string()));
        names.extend(self.members.keys().cloned());
        names.sort();
        names.dedup();
        self.names = names;
    }

    fn candidates(&self, word: &str) -> Vec<String> {
        if let Some((x, prefix)) = word.rsplit_once('.') {
            let Some(members) = self.selectors.get(x).or_else(|| self.members.get(x)) else { return Vec::new() };
            return members.iter().filter(|m| m.starts_with(prefix)).map(|m| format!("{x}.{m}")).collect();
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
    out.push_str(lines[i].split(" {").next().unwrap_or(lines[i]));
    out.push('\n');
    out
}

impl Completer for ReplHelper {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let start = line[..pos].rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
        // Tab with no word before the cursor indents.
        if start == pos {
            return Ok((pos, vec!["\t".to_string()]));
        }
        Ok((start, self.candidates(&line[start..pos])))
    }
}

/// No hints: rustyline asks on every redraw, which tells the screen what is being edited.
impl Hinter for ReplHelper {
    type Hint = String;
    fn hint(&self, line: &str, pos: usize, _: &Context<'_>) -> Option<String> {
        super::screen::note_line(line, pos);
        None
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> Cow<'l, str> {
        if !self.colour {
            return Cow::Borrowed(line);
        }
        let drawn = colourise(line);
        super::screen::note_drawn(line, &drawn);
        Cow::Owned(drawn)
    }
    fn highlight_char(&self, _: &str, _: usize, _: bool) -> bool {
        self.colour
    }
}

/// `line` with ANSI colours: keywords bold, strings and runes green, numbers cyan.
fn colourise(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let (len, colour) = if c == '"' || c == '\'' || c == '`' {
            let end = rest[1..].find(c).map_or(rest.len(), |i| i + 2);
            (end, Some("32"))
        } else if c.is_alphanumeric() || c == '_' {
            let end = rest.find(|d: char| !(d.is_alphanumeric() || d == '_' || (c.is_ascii_digit() && d == '.'))).unwrap_or(rest.len());
            let word = &rest[..end];
            let colour = if c.is_ascii_digit() {
                Some("36")
            } else {
                KEYWORDS.contains(&word).then_some("1")
            };
            (end, colour)
        } else {
            (c.len_utf8(), None)
        };
        match colour {
            Some(code) => out.push_str(&format!("\x1b[{code}m{}\x1b[0m", &rest[..len])),
            None => out.push_str(&rest[..len]),
        }
        rest = &rest[len..];
    }
    out
}

/// Every line is accepted as typed: an incomplete input continues at the prompt's
/// continuation prompt (`... `), line by line, as in gomacro.
/// Every line is accepted (the prompt decides about continuation lines itself); Enter
/// closes the line on the screen.
impl Validator for ReplHelper {
    fn validate(&self, _: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        super::screen::line_accepted();
        Ok(ValidationResult::Valid(None))
    }
}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_of_a_standard_function() {
        let d = doc("strings.ToUpper");
        assert!(d.ends_with("func ToUpper(s string) string\n"), "{d}");
        assert!(doc("strings.NoSuch").starts_with("no strings.NoSuch"));
    }

    #[test]
    fn keywords_strings_and_numbers_are_coloured() {
        assert_eq!(colourise("go f(\"x\", 12)"), "\x1b[1mgo\x1b[0m f(\x1b[32m\"x\"\x1b[0m, \x1b[36m12\x1b[0m)");
    }

    #[test]
    fn exported_names() {
        assert_eq!(exported("func F() {}\nfunc g() {}\ntype T int\nvar V = 1\n"), ["F", "T", "V"]);
    }
}
