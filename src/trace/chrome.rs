//! The timeline in the Chrome Trace Event format (`--json FILE`), which Perfetto and
//! chrome://tracing open: process 1 holds a thread per P (plus the global queue), process 2
//! a thread per M, process 3 the GC. Goroutine runs and M states are complete (`X`) events,
//! marks are instant (`i`) events named by their kind; times are in microseconds.

use super::json_str;
use super::timeline::{Lane, Timeline};

/// Chrome's (pid, tid) for a lane.
fn ids(lane: Lane) -> (u32, i64) {
    match lane {
        Lane::P(p) => (1, p as i64),
        Lane::Global => (1, 1_000_000),
        Lane::M(m) => (2, m as i64),
        Lane::Gc => (3, 0),
    }
}

fn us(ns: u64) -> String {
    format!("{:.3}", ns as f64 / 1000.0)
}

/// One complete event.
fn complete(out: &mut Vec<String>, lane: Lane, name: &str, start: u64, end: u64, args: &str) {
    let (pid, tid) = ids(lane);
    out.push(format!(
        r#"{{"name":{},"ph":"X","ts":{},"dur":{},"pid":{pid},"tid":{tid},"args":{{{args}}}}}"#,
        json_str(name),
        us(start),
        us(end.saturating_sub(start)),
    ));
}

pub fn trace_events(t: &Timeline) -> String {
    let mut out = Vec::new();
    for (pid, name) in [(1, "Ps"), (2, "Ms (OS threads)"), (3, "GC")] {
        out.push(format!(r#"{{"name":"process_name","ph":"M","pid":{pid},"args":{{"name":"{name}"}}}}"#));
    }
    for lane in t.lanes() {
        let (pid, tid) = ids(lane);
        out.push(format!(
            r#"{{"name":"thread_name","ph":"M","pid":{pid},"tid":{tid},"args":{{"name":{}}}}}"#,
            json_str(&lane.name())
        ));
    }
    for s in &t.gspans {
        let args = format!(r#""g":{},"stopped":{}"#, s.g, json_str(&s.why));
        complete(&mut out, Lane::P(s.p), &format!("G{}", s.g), s.start, s.end, &args);
    }
    for s in &t.mspans {
        let args = format!(r#""g":{}"#, s.g);
        complete(&mut out, Lane::M(s.m), s.state.name(), s.start, s.end, &args);
    }
    for ph in &t.phases {
        complete(&mut out, Lane::Gc, ph.name, ph.start, ph.end, "");
    }
    for m in &t.marks {
        let (pid, tid) = ids(m.lane);
        out.push(format!(
            r#"{{"name":"{}","ph":"i","s":"t","ts":{},"pid":{pid},"tid":{tid},"args":{{"g":{},"text":{}}}}}"#,
            m.kind,
            us(m.ts),
            m.g,
            json_str(&m.text)
        ));
    }
    format!("{{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n{}\n]}}\n", out.join(",\n"))
}
