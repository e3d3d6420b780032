//! `minigo trace [-o FILE] [--json FILE] [--summary] [--timeout D] prog.go [args...]`: runs
//! the program exactly as `minigo run` does while the runtime records its scheduler events
//! (`runtime/src/trace.rs`), then writes a self-contained HTML timeline (`html.rs`), and
//! optionally the Chrome Trace Event JSON (`chrome.rs`) and the goroutine table as text.

mod chrome;
mod html;
pub mod timeline;

use std::time::Duration;

use minigo_runtime::trace::Trace;
use minigo_runtime::Config;

use timeline::Timeline;

/// Events kept in memory (32 bytes each); later ones are counted as dropped.
const MAX_EVENTS: usize = 8 << 20;
/// Events drawn in the page: a browser stays responsive up to about this many.
const PAGE_EVENTS: usize = 400_000;
/// Exit status when `--timeout` ended the program (as `timeout(1)`).
const EXIT_TIMEOUT: i32 = 124;

pub const USAGE: &str =
    "minigo trace [-o FILE] [--json FILE] [--summary] [--timeout D] prog.go [arguments...]";

/// The command line of `minigo trace`.
#[derive(Debug, Default, PartialEq)]
struct Options {
    html: Option<String>,
    json: Option<String>,
    summary: bool,
    timeout: Option<Duration>,
    prog: String,
    args: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |flag: &str| it.next().cloned().ok_or(format!("flag needs an argument: {flag}"));
        match a.as_str() {
            "-o" => o.html = Some(value(a)?),
            "--json" => o.json = Some(value(a)?),
            "--summary" => o.summary = true,
            "--timeout" => {
                let v = value(a)?;
                o.timeout = Some(parse_duration(&v).ok_or(format!("invalid duration {v:?}"))?);
            }
            flag if flag.starts_with('-') => return Err(format!("unknown flag {flag}")),
            prog => {
                o.prog = prog.to_string();
                o.args = it.cloned().collect();
                return Ok(o);
            }
        }
    }
    Err("no go files listed".to_string())
}

/// `1.5s`, `300ms`, `2m`.
fn parse_duration(s: &str) -> Option<Duration> {
    let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (n, unit) = s.split_at(split);
    let n: f64 = n.parse().ok()?;
    let secs = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        _ => return None,
    };
    Duration::try_from_secs_f64(secs).ok()
}

/// `prog.trace.html` in the current directory for `some/dir/prog.go`.
fn default_html(prog: &str) -> String {
    let name = std::path::Path::new(prog)
        .file_name()
        .map_or("prog".into(), |n| n.to_string_lossy().into_owned());
    format!("{}.trace.html", name.trim_end_matches(".go"))
}

/// Runs `minigo trace ARGS`; returns the program's exit status (2 for a bad command line).
pub fn main(args: &[String]) -> i32 {
    let o = match parse_args(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("minigo trace: {e}\nusage: {USAGE}");
            return 2;
        }
    };
    let trace = Trace::new(MAX_EVENTS);
    let mut config = Config::from_env();
    config.trace = Some(trace.clone());
    if let Some(d) = o.timeout {
        std::thread::spawn(move || {
            std::thread::sleep(d);
            eprintln!("minigo trace: stopping the program after {d:?} (--timeout)");
            minigo_runtime::exit(EXIT_TIMEOUT);
        });
    }
    let started = std::time::Instant::now();
    let code = crate::driver::run_path_with(&o.prog, &o.args, crate::driver::Disasm::No, config);
    trace.stop();
    let ran = started.elapsed();
    if let Err(e) = write_outputs(&o, &trace, ran) {
        eprintln!("minigo trace: {e}");
        return if code == 0 { 1 } else { code };
    }
    code
}

/// Writes the page (and the JSON, the summary); `ran` is how long compiling and running took.
fn write_outputs(o: &Options, trace: &Trace, ran: Duration) -> Result<(), String> {
    let mut events = trace.take_events();
    let recorded = events.len();
    if recorded == 0 {
        return Err("no trace written: the program did not run".to_string());
    }
    events.truncate(PAGE_EVENTS);
    let t = Timeline::build(trace, &events);
    let html_path = o.html.clone().unwrap_or_else(|| default_html(&o.prog));
    let note = page_note(recorded, trace.dropped(), &t);
    let page = html::page(&o.prog, &t, &note);
    std::fs::write(&html_path, page).map_err(|e| format!("writing {html_path}: {e}"))?;
    if let Some(json) = &o.json {
        std::fs::write(json, chrome::trace_events(&t)).map_err(|e| format!("writing {json}: {e}"))?;
    }
    if o.summary {
        eprint!("{}", summary(&t));
    }
    eprintln!(
        "minigo trace: wrote {html_path} ({recorded} events in {}){note}",
        ms(ran.as_nanos() as u64)
    );
    Ok(())
}

/// What the page leaves out, if anything (` — ...`).
fn page_note(recorded: usize, dropped: u64, t: &Timeline) -> String {
    let mut note = String::new();
    if dropped > 0 {
        note.push_str(&format!("; {dropped} more events were not recorded (memory limit)"));
    }
    if recorded > t.events {
        note.push_str(&format!("; the page shows the first {} events ({})", t.events, ms(t.end)));
    }
    note
}

/// Nanoseconds as a short human duration: `12.3ms`, `850µs`, `1.20s`.
pub(crate) fn ms(ns: u64) -> String {
    match ns {
        0..=999 => format!("{ns}ns"),
        1_000..=999_999 => format!("{:.1}µs", ns as f64 / 1e3),
        1_000_000..=999_999_999 => format!("{:.1}ms", ns as f64 / 1e6),
        _ => format!("{:.2}s", ns as f64 / 1e9),
    }
}

/// The goroutine table as text (`--summary`).
fn summary(t: &Timeline) -> String {
    let mut out = format!(
        "{:<6} {:<8} {:>10} {:>10} {:>10} {:>10}  {}\n",
        "G", "parent", "running", "runnable", "blocked", "syscall", "created at / blocked on"
    );
    for g in &t.gs {
        let blocked: u64 = g.blocked.values().sum();
        let reasons: Vec<String> = g.blocked.iter().map(|(r, ns)| format!("{r} {}", ms(*ns))).collect();
        let parent = if g.parent == 0 { "-".to_string() } else { format!("G{}", g.parent) };
        let mut what = g.label.clone();
        if !reasons.is_empty() {
            what = format!("{what} [{}]", reasons.join(", "));
        }
        out.push_str(&format!(
            "{:<6} {:<8} {:>10} {:>10} {:>10} {:>10}  {}\n",
            format!("G{}", g.id),
            parent,
            ms(g.running),
            ms(g.runnable),
            ms(blocked),
            ms(g.syscall),
            what.trim()
        ));
    }
    out
}

/// `s` as a JSON string literal, safe inside an HTML `<script>` (no `<`, `>` or `&`).
pub(crate) fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 || matches!(c, '<' | '>' | '&' | '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line() {
        let args: Vec<String> = ["-o", "x.html", "--summary", "--timeout", "1.5s", "p.go", "-o", "a"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let o = parse_args(&args).unwrap();
        assert_eq!(o.html.as_deref(), Some("x.html"));
        assert!(o.summary);
        assert_eq!(o.timeout, Some(Duration::from_millis(1500)));
        assert_eq!((o.prog.as_str(), o.args.as_slice()), ("p.go", &["-o".to_string(), "a".to_string()][..]));
        assert!(parse_args(&["--json".to_string()]).is_err());
        assert!(parse_args(&["--bogus".to_string(), "p.go".to_string()]).is_err());
        assert_eq!(parse_duration("300ms"), Some(Duration::from_millis(300)));
        assert_eq!(parse_duration("3"), None);
        assert_eq!(default_html("dir/worker_pool.go"), "worker_pool.trace.html");
    }

    #[test]
    fn json_strings_are_script_safe() {
        assert_eq!(json_str("a\"b</script>\n"), r#""a\"b\u003c/script\u003e\n""#);
    }
}
