//! Measures the cost of the safepoint check at loop back-edges: the same tight loop run
//! with a runtime context (one relaxed atomic load per iteration) and without one
//! (`run_sequential`: the check is skipped). Not a pass/fail test: run with
//! `cargo test --release -p minigo-vm --test safepoint_cost -- --ignored --nocapture`.

use std::io::sink;
use std::sync::Arc;
use std::time::Instant;

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
        let t = Instant::now();
        minigo_vm::run_sequential(module.clone(), vec![], Box::new(sink()), Box::new(sink()));
        best[0] = best[0].min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let mut config = minigo_runtime::Config::from_env();
        config.gomaxprocs = 1;
        minigo_vm::run_with_output(module.clone(), config, vec![], Box::new(sink()), Box::new(sink()));
        best[1] = best[1].min(t.elapsed().as_secs_f64());
    }
    let per_iter = |s: f64| s / 200e6 * 1e9;
    println!(
        "no safepoint check: {:.3}s ({:.2} ns/iteration); with check: {:.3}s ({:.2} ns/iteration); cost {:.2} ns/iteration",
        best[0],
        per_iter(best[0]),
        best[1],
        per_iter(best[1]),
        per_iter(best[1] - best[0])
    );
}
