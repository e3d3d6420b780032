//! Measures the cost of the safepoint check at loop back-edges: the same tight loop run
//! with a runtime context (one relaxed atomic load per iteration) and without one
//! (`run_sequential`: the check is skipped). Not a pass/fail test: run with
//! `cargo test --release -p minigo-vm --test safepoint_cost -- --ignored --nocapture`.

use std::io::sink;
use std::sync::Arc;

/// CPU seconds (user + system) used by this process so far, from `/proc/self/stat`
/// (wall-clock time is meaningless on a loaded machine).
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_comm = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after_comm.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of stat; 12 and 13 after "pid (comm) ".
    (ticks(11) + ticks(12)) / 100.0
}

const LOOP: &str = "package main

func main() {
	s := 0
	for i := 0; i < 200000000; i++ {
		s += i & 7
	}
	println(s)
}
";

#[test]
#[ignore]
fn safepoint_cost() {
    let program = minigo_types::check("loop.go", LOOP, &minigo_stdlib::StdImporter).expect("checks");
    let module = Arc::new(minigo_vm::compile(&program, &minigo_stdlib::natives()).expect("compiles"));
    let mut best = [f64::MAX; 2];
    for _ in 0..3 {
        let t = cpu_seconds();
        minigo_vm::run_sequential(module.clone(), vec![], Box::new(sink()), Box::new(sink()));
        best[0] = best[0].min(cpu_seconds() - t);
        let t = cpu_seconds();
        let mut config = minigo_runtime::Config::from_env();
        config.gomaxprocs = 1;
        minigo_vm::run_with_output(module.clone(), config, vec![], Box::new(sink()), Box::new(sink()));
        best[1] = best[1].min(cpu_seconds() - t);
    }
    let per_iter = |s: f64| s / 200e6 * 1e9;
    println!(
        "CPU time, no safepoint check: {:.3}s ({:.2} ns/iteration); with check: {:.3}s ({:.2} ns/iteration); cost {:.2} ns/iteration",
        best[0],
        per_iter(best[0]),
        best[1],
        per_iter(best[1]),
        per_iter(best[1] - best[0])
    );
}
