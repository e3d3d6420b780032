//! The self-contained HTML page: the timeline as JSON inside `page.html` (script and style
//! inline, nothing fetched), which draws it as SVG.

use std::fmt::Write as _;

use super::json_str;
use super::timeline::{Lane, MState, Timeline, MARK_KINDS};

const TEMPLATE: &str = include_str!("page.html");
const STATES: [MState; 4] = [MState::Running, MState::Spinning, MState::Syscall, MState::Idle];

/// A JSON array of `items`, each written by `f`.
fn array<T>(items: &[T], mut f: impl FnMut(&T) -> String) -> String {
    let parts: Vec<String> = items.iter().map(&mut f).collect();
    format!("[{}]", parts.join(","))
}

fn strings<S: AsRef<str>>(items: &[S]) -> String {
    array(items, |s| json_str(s.as_ref()))
}

/// The page's data: see the reader at the top of `page.html`'s script.
fn data(prog: &str, t: &Timeline, note: &str) -> String {
    let lanes = t.lanes();
    let lane = |l: Lane| lanes.iter().position(|x| *x == l).unwrap_or(0);
    let mut whys: Vec<&str> = t.gspans.iter().map(|s| s.why.as_str()).collect();
    whys.sort();
    whys.dedup();
    let why = |w: &str| whys.iter().position(|x| *x == w).unwrap_or(0);
    let state = |s: MState| STATES.iter().position(|x| *x == s).unwrap_or(0);
    let kind = |k: &str| MARK_KINDS.iter().position(|x| *x == k).unwrap_or(0);
    let mut d = String::new();
    let _ = write!(
        d,
        r#"{{"prog":{},"note":{},"end":{},"events":{},"lanes":{},"whys":{},"mstates":{},"kinds":{},"#,
        json_str(prog),
        json_str(note.trim_start_matches("; ")),
        t.end,
        t.events,
        strings(&lanes.iter().map(|l| l.name()).collect::<Vec<_>>()),
        strings(&whys),
        strings(&STATES.map(MState::name)),
        strings(&MARK_KINDS),
    );
    let _ = write!(
        d,
        r#""gspans":{},"mspans":{},"phases":{},"marks":{},"gs":{}}}"#,
        array(&t.gspans, |s| format!("[{},{},{},{},{}]", lane(Lane::P(s.p)), s.start, s.end, s.g, why(&s.why))),
        array(&t.mspans, |s| format!("[{},{},{},{},{}]", lane(Lane::M(s.m)), s.start, s.end, state(s.state), s.g)),
        array(&t.phases, |p| format!("[{},{},{}]", p.start, p.end, json_str(p.name))),
        array(&t.marks, |m| format!("[{},{},{},{},{}]", lane(m.lane), m.ts, kind(m.kind), m.g, json_str(&m.text))),
        array(&t.gs, |g| format!(
            "[{},{},{},{},{},{},{},{},{}]",
            g.id,
            json_str(&g.label),
            g.parent,
            g.created,
            g.ended.map_or(-1, |e| e as i64),
            g.running,
            g.runnable,
            g.syscall,
            array(&g.blocked.iter().collect::<Vec<_>>(), |(r, ns)| format!("[{},{ns}]", json_str(r))),
        )),
    );
    d
}

/// The whole page for program `prog`.
pub fn page(prog: &str, t: &Timeline, note: &str) -> String {
    let title = std::path::Path::new(prog)
        .file_name()
        .map_or(prog.to_string(), |n| n.to_string_lossy().into_owned());
    let escaped = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    TEMPLATE
        .replace("{{TITLE}}", &escaped)
        .replace("{{DATA}}", &data(prog, t, note))
}
