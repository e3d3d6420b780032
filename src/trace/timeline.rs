//! From the runtime's trace events to what a viewer shows: which goroutine ran on each P
//! and when (spans), what each M (OS thread) was doing, the collector's phases, the marks
//! for single events (created, blocked, readied, preempted, stolen, ...) with a sentence
//! each, and per-goroutine totals (the goroutine table of `go tool trace`'s analysis).

use std::collections::{BTreeMap, HashMap};

use minigo_runtime::trace::{EvKind, Event, Trace};

/// A row of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lane {
    P(usize),
    /// Events that put goroutines on (or take them from) the global run queue.
    Global,
    M(i32),
    Gc,
}

impl Lane {
    pub fn name(self) -> String {
        match self {
            Lane::P(p) => format!("P{p}"),
            Lane::Global => "global queue".to_string(),
            Lane::M(m) => format!("M{m}"),
            Lane::Gc => "GC".to_string(),
        }
    }
}

/// Goroutine `g` ran on P `p` from `start` to `end`, then stopped because of `why`.
#[derive(Clone, Debug, PartialEq)]
pub struct GSpan {
    pub p: usize,
    pub start: u64,
    pub end: u64,
    pub g: u64,
    pub why: String,
}

/// What an M (OS thread) is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MState {
    Running,
    Spinning,
    Syscall,
    Idle,
}

impl MState {
    pub fn name(self) -> &'static str {
        match self {
            MState::Running => "running",
            MState::Spinning => "spinning",
            MState::Syscall => "syscall",
            MState::Idle => "idle",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MSpan {
    pub m: i32,
    pub start: u64,
    pub end: u64,
    pub state: MState,
    /// The goroutine it runs (or blocks in a syscall for), 0 if none.
    pub g: u64,
}

/// A stop-the-world phase on the GC lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Phase {
    pub start: u64,
    pub end: u64,
    pub name: &'static str,
}

/// One event drawn as a mark: `kind` is a short class name (`steal`, `preempt`), `text` says
/// what happened in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub ts: u64,
    pub lane: Lane,
    pub kind: &'static str,
    pub g: u64,
    pub text: String,
}

/// Every mark kind, in the legend's order.
pub const MARK_KINDS: [&str; 15] = [
    "create",
    "block",
    "unblock",
    "preempt-request",
    "preempt",
    "gosched",
    "stw-stop",
    "end",
    "syscall",
    "sysexit",
    "handoff",
    "steal",
    "global-check",
    "gomaxprocs",
    "gc",
];

/// A goroutine's row in the table: where it came from and where its time went (ns).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GStats {
    pub id: u64,
    /// The `go` statement's function and position, if the VM said.
    pub label: String,
    pub parent: u64,
    pub created: u64,
    pub ended: Option<u64>,
    pub running: u64,
    /// Runnable, waiting in a run queue for a P.
    pub runnable: u64,
    pub syscall: u64,
    /// Blocked, per wait reason.
    pub blocked: BTreeMap<String, u64>,
}

/// Where a goroutine is, and since when.
#[derive(Clone, Debug, PartialEq)]
enum GWhere {
    Runnable,
    Running(usize),
    Blocked(String),
    Syscall,
    Dead,
}

/// An M's flags; its drawn state derives from them.
#[derive(Clone, Debug, Default)]
struct MFlags {
    running: u64,
    syscall: bool,
    idle: bool,
    spinning: bool,
    /// The state being drawn and since when.
    open: Option<(MState, u64, u64)>,
}

impl MFlags {
    fn state(&self) -> Option<(MState, u64)> {
        if self.syscall {
            Some((MState::Syscall, self.running))
        } else if self.running != 0 {
            Some((MState::Running, self.running))
        } else if self.idle {
            Some((MState::Idle, 0))
        } else if self.spinning {
            Some((MState::Spinning, 0))
        } else {
            None
        }
    }
}

/// Everything the viewers draw.
#[derive(Debug, Default)]
pub struct Timeline {
    /// The last event's time: the width of the picture.
    pub end: u64,
    pub nprocs: usize,
    pub ms: Vec<i32>,
    pub gspans: Vec<GSpan>,
    pub mspans: Vec<MSpan>,
    pub phases: Vec<Phase>,
    pub marks: Vec<Mark>,
    pub gs: Vec<GStats>,
    pub events: usize,
}

impl Timeline {
    /// All lanes top to bottom: the Ps, the global queue, the Ms, the GC.
    pub fn lanes(&self) -> Vec<Lane> {
        let mut lanes: Vec<Lane> = (0..self.nprocs).map(Lane::P).collect();
        lanes.push(Lane::Global);
        lanes.extend(self.ms.iter().map(|&m| Lane::M(m)));
        lanes.push(Lane::Gc);
        lanes
    }

    /// Builds the picture from `events` (in time order) of `trace`; times count from the
    /// first event (the program's start, after compiling).
    pub fn build(trace: &Trace, events: &[Event]) -> Timeline {
        let origin = events.first().map_or(0, |e| e.ts);
        let mut b = Builder {
            t: Timeline { events: events.len(), ..Timeline::default() },
            labels: trace.labels().into_iter().collect(),
            gs: BTreeMap::new(),
            pspan: HashMap::new(),
            mflags: BTreeMap::new(),
            phase: None,
        };
        for e in events {
            let e = Event { ts: e.ts - origin, ..*e };
            b.t.end = b.t.end.max(e.ts);
            b.event(trace, &e);
        }
        b.finish()
    }
}

struct Builder {
    t: Timeline,
    labels: HashMap<u64, String>,
    /// Each goroutine's totals, where it is and since when.
    gs: BTreeMap<u64, (GStats, GWhere, u64)>,
    /// The open span of each P: (g, start).
    pspan: HashMap<usize, (u64, u64)>,
    mflags: BTreeMap<i32, MFlags>,
    phase: Option<(&'static str, u64)>,
}

/// `G5`, or `runtime` (what acts when there is no goroutine) when `g` is 0.
fn who(g: u64, runtime: &str) -> String {
    if g == 0 {
        runtime.to_string()
    } else {
        format!("G{g}")
    }
}

fn p_lane(p: i16) -> Lane {
    if p < 0 {
        Lane::Global
    } else {
        Lane::P(p as usize)
    }
}

impl Builder {
    fn mark(&mut self, e: &Event, lane: Lane, kind: &'static str, text: String) {
        self.t.marks.push(Mark { ts: e.ts, lane, kind, g: e.g, text });
    }

    fn event(&mut self, trace: &Trace, e: &Event) {
        if e.p >= 0 {
            self.t.nprocs = self.t.nprocs.max(e.p as usize + 1);
        }
        let g = e.g;
        match e.kind {
            EvKind::GoCreate => {
                let label = self.labels.get(&g).cloned().unwrap_or_default();
                let stats = GStats { id: g, label: label.clone(), parent: e.arg, created: e.ts, ..GStats::default() };
                self.gs.insert(g, (stats, GWhere::Runnable, e.ts));
                let at = if label.is_empty() { String::new() } else { format!(": {label}") };
                self.mark(e, p_lane(e.p), "create", format!("G{g} created by {}{at}", who(e.arg, "the runtime")));
            }
            EvKind::GoStart => {
                self.move_g(g, e.ts, GWhere::Running(e.p as usize));
                self.pspan.insert(e.p as usize, (g, e.ts));
                self.set_m(e.m, e.ts, |f| f.running = g);
            }
            EvKind::GoBlock => {
                let reason = trace.reason(e.arg).as_str().to_string();
                self.stop(e, &reason, GWhere::Blocked(reason.clone()));
                self.mark(e, p_lane(e.p), "block", format!("G{g} blocked: {reason}"));
            }
            EvKind::GoPreempt | EvKind::GoSched | EvKind::GoStopTheWorld | EvKind::GoEnd => {
                let (why, kind, what) = match e.kind {
                    EvKind::GoPreempt => ("preempted", "preempt", "preempted: it stopped at a safepoint and went to the global queue"),
                    EvKind::GoSched => ("runtime.Gosched", "gosched", "called runtime.Gosched: to the global queue"),
                    EvKind::GoStopTheWorld => ("stop-the-world", "stw-stop", "stopped for a stop-the-world; it keeps its turn"),
                    _ => ("exited", "end", "exited"),
                };
                let to = if e.kind == EvKind::GoEnd { GWhere::Dead } else { GWhere::Runnable };
                self.stop(e, why, to);
                self.mark(e, p_lane(e.p), kind, format!("G{g} {what}"));
            }
            EvKind::GoUnblock => {
                self.move_g(g, e.ts, GWhere::Runnable);
                let queue = if e.p < 0 { "the global queue".to_string() } else { format!("P{}'s runnext", e.p) };
                self.mark(e, p_lane(e.p), "unblock", format!("G{g} made runnable by {}, into {queue}", who(e.arg, "the runtime (a timer or the collector)")));
            }
            EvKind::GoSysCall => {
                self.stop(e, "syscall", GWhere::Syscall);
                self.set_m(e.m, e.ts, |f| f.syscall = true);
                self.mark(e, p_lane(e.p), "syscall", format!("G{g} enters a blocking syscall on M{}; P{} waits in _Psyscall", e.m, e.p));
            }
            EvKind::GoSysExit => {
                self.move_g(g, e.ts, GWhere::Running(e.p as usize));
                self.pspan.insert(e.p as usize, (g, e.ts));
                self.set_m(e.m, e.ts, |f| {
                    f.syscall = false;
                    f.running = g;
                });
                let how = if e.arg == 1 { format!("kept P{}", e.p) } else { format!("its P was taken: continues on P{}", e.p) };
                self.mark(e, p_lane(e.p), "sysexit", format!("G{g} returns from its syscall and {how}"));
            }
            EvKind::PreemptRequest => {
                self.mark(e, p_lane(e.p), "preempt-request", format!("sysmon asks G{g} to stop: it has run on P{} for 10 ms", e.p));
            }
            EvKind::Steal => {
                self.mark(e, p_lane(e.p), "steal", format!("P{} stole G{g} (and about half the queue) from P{}", e.p, e.arg));
            }
            EvKind::GlobalCheck => {
                let took = if g == 0 { "found it empty".to_string() } else { format!("took G{g}") };
                self.mark(e, p_lane(e.p), "global-check", format!("P{}'s 61st schedule: looked at the global queue first and {took}", e.p));
            }
            EvKind::ProcRetake => {
                self.mark(e, p_lane(e.p), "handoff", format!("sysmon retook P{} from M{}, blocked in a syscall, to hand it to another M", e.p, e.m));
            }
            EvKind::ProcStart | EvKind::ProcStop => {}
            EvKind::MStart => self.set_m(e.m, e.ts, |_| {}),
            EvKind::MSpinStart => self.set_m(e.m, e.ts, |f| f.spinning = true),
            EvKind::MSpinStop => self.set_m(e.m, e.ts, |f| f.spinning = false),
            EvKind::MIdle => self.set_m(e.m, e.ts, |f| f.idle = true),
            EvKind::MWake => self.set_m(e.m, e.ts, |f| f.idle = false),
            EvKind::GoMaxProcs => {
                self.t.nprocs = self.t.nprocs.max(e.arg as usize);
                self.mark(e, Lane::Gc, "gomaxprocs", format!("GOMAXPROCS = {}", e.arg));
            }
            EvKind::StwStart => self.phase(e.ts, Some("stop the world (GOMAXPROCS)")),
            EvKind::GcStart => {
                let why = if e.arg == 1 { "runtime.GC()" } else { "the heap reached its goal" };
                self.mark(e, Lane::Gc, "gc", format!("a collection starts ({why}): every P is asked to stop"));
                self.phase(e.ts, Some("GC: stopping the world"));
            }
            EvKind::GcMark => self.phase(e.ts, Some("GC: mark (world stopped)")),
            EvKind::GcSweep => self.phase(e.ts, Some("GC: sweep (world stopped)")),
            EvKind::GcMarkDone => self.phase(e.ts, Some("GC: starting the world")),
            EvKind::StwEnd => self.phase(e.ts, None),
        }
    }

    /// The goroutine running on `e.p` stops (why), and goes to `to`.
    fn stop(&mut self, e: &Event, why: &str, to: GWhere) {
        if let Some((g, start)) = self.pspan.remove(&(e.p as usize)) {
            self.t.gspans.push(GSpan { p: e.p as usize, start, end: e.ts, g, why: why.to_string() });
        }
        self.move_g(e.g, e.ts, to);
        self.set_m(e.m, e.ts, |f| f.running = 0);
    }

    /// Books the time `g` spent where it was, and moves it.
    fn move_g(&mut self, g: u64, ts: u64, to: GWhere) {
        let Some((stats, at, since)) = self.gs.get_mut(&g) else {
            return;
        };
        let spent = ts.saturating_sub(*since);
        match at {
            GWhere::Runnable => stats.runnable += spent,
            GWhere::Running(_) => stats.running += spent,
            GWhere::Syscall => stats.syscall += spent,
            GWhere::Blocked(r) => *stats.blocked.entry(r.clone()).or_default() += spent,
            GWhere::Dead => {}
        }
        if to == GWhere::Dead {
            stats.ended = Some(ts);
        }
        *at = to;
        *since = ts;
    }

    /// Changes M `m`'s flags; closes its drawn span when its state changes.
    fn set_m(&mut self, m: i32, ts: u64, change: impl FnOnce(&mut MFlags)) {
        if m < 0 {
            return;
        }
        let f = self.mflags.entry(m).or_default();
        change(f);
        let now = f.state();
        if f.open.map(|(s, g, _)| (s, g)) == now {
            return;
        }
        if let Some((state, g, start)) = f.open.take() {
            self.t.mspans.push(MSpan { m, start, end: ts, state, g });
        }
        f.open = now.map(|(s, g)| (s, g, ts));
    }

    fn phase(&mut self, ts: u64, next: Option<&'static str>) {
        if let Some((name, start)) = self.phase.take() {
            self.t.phases.push(Phase { start, end: ts, name });
        }
        self.phase = next.map(|n| (n, ts));
    }

    fn finish(mut self) -> Timeline {
        let end = self.t.end;
        for (p, (g, start)) in std::mem::take(&mut self.pspan) {
            self.t.gspans.push(GSpan { p, start, end, g, why: "still running at the end".into() });
        }
        for (m, f) in std::mem::take(&mut self.mflags) {
            if let Some((state, g, start)) = f.open {
                self.t.mspans.push(MSpan { m, start, end, state, g });
            }
            self.t.ms.push(m);
        }
        self.phase(end, None);
        let ids: Vec<u64> = self.gs.keys().copied().collect();
        for g in ids {
            let at = self.gs[&g].1.clone();
            self.move_g(g, end, at);
        }
        self.t.gs = self.gs.into_values().map(|(s, _, _)| s).collect();
        self.t.gspans.sort_by_key(|s| (s.start, s.p));
        self.t.mspans.sort_by_key(|s| (s.start, s.m));
        self.t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minigo_runtime::WaitReason;

    fn ev(ts: u64, kind: EvKind, p: i16, m: i32, g: u64, arg: u64) -> Event {
        Event { ts, g, arg, m, p, kind }
    }

    /// G2 runs, blocks on a channel, is readied by G1, runs again and exits.
    #[test]
    fn spans_marks_and_totals_of_a_small_life() {
        let trace = Trace::new(1);
        let recv = 0; // chan receive's code
        assert_eq!(trace.reason(recv), WaitReason::ChanReceive);
        let evs = [
            ev(0, EvKind::GoCreate, 0, 0, 2, 1),
            ev(10, EvKind::GoStart, 0, 0, 2, 0),
            ev(30, EvKind::GoBlock, 0, 0, 2, recv),
            ev(50, EvKind::GoUnblock, 1, 1, 2, 1),
            ev(55, EvKind::Steal, 0, 0, 2, 1),
            ev(60, EvKind::GoStart, 0, 0, 2, 0),
            ev(100, EvKind::GoEnd, 0, 0, 2, 0),
        ];
        let t = Timeline::build(&trace, &evs);
        assert_eq!(t.nprocs, 2);
        assert_eq!(t.gspans.len(), 2);
        assert_eq!((t.gspans[0].start, t.gspans[0].end, t.gspans[0].why.as_str()), (10, 30, "chan receive"));
        assert_eq!((t.gspans[1].start, t.gspans[1].end, t.gspans[1].why.as_str()), (60, 100, "exited"));
        let g = &t.gs[0];
        assert_eq!((g.id, g.parent, g.running, g.runnable), (2, 1, 60, 20));
        assert_eq!(g.blocked.get("chan receive"), Some(&20));
        assert_eq!(g.ended, Some(100));
        let kinds: Vec<&str> = t.marks.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, ["create", "block", "unblock", "steal", "end"]);
        assert_eq!(t.marks[2].text, "G2 made runnable by G1, into P1's runnext");
        assert_eq!(t.marks[3].text, "P0 stole G2 (and about half the queue) from P1");
        // M0 ran G2 twice.
        let m0: Vec<(u64, u64, MState)> = t.mspans.iter().filter(|s| s.m == 0).map(|s| (s.start, s.end, s.state)).collect();
        assert_eq!(m0, [(10, 30, MState::Running), (60, 100, MState::Running)]);
        assert!(t.lanes().contains(&Lane::M(0)) && t.lanes().contains(&Lane::P(1)));
    }
}
