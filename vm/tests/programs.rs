//! Whole programs through the VM: each `tests/programs/NAME.go` is checked, compiled and
//! run on the runtime; its standard output and exit status must equal `NAME.out` and
//! `NAME.code`, which were produced by real Go 1.27 (`go build` and run).

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// A `Write` sink the test can read back.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Checks, compiles and runs `src`: (stdout, stderr, exit status).
fn run_go(name: &str, src: &str) -> (String, String, i32) {
    let program = match minigo_types::check(name, src, &minigo_stdlib::StdImporter) {
        Ok(p) => p,
        Err(diags) => panic!("{name} does not check: {:?}", diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()),
    };
    let module = minigo_vm::compile(&program, &minigo_stdlib::natives()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (out, err) = (Capture::default(), Capture::default());
    let config = minigo_runtime::Config::from_env();
    let code = minigo_vm::run_with_output(Arc::new(module), config, vec![name.into()], Box::new(out.clone()), Box::new(err.clone()));
    let text = |c: &Capture| String::from_utf8_lossy(&c.0.lock().unwrap()).into_owned();
    (text(&out), text(&err), code)
}

fn check_program(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let src = std::fs::read_to_string(dir.join(format!("{name}.go"))).unwrap();
    let want_out = std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap();
    let want_code: i32 = std::fs::read_to_string(dir.join(format!("{name}.code"))).unwrap().trim().parse().unwrap();
    let (out, err, code) = run_go(&format!("{name}.go"), &src);
    assert_eq!(out, want_out, "{name}: stdout differs (stderr: {err})");
    assert_eq!(code, want_code, "{name}: exit status (stderr: {err})");
}

macro_rules! programs {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check_program(stringify!($name));
            }
        )*
    };
}

programs!(ints, closures, defers, structs, slices, ifaces, control, goroutines, deep_list);

#[test]
fn panic_message_and_exit_status() {
    let src = "package main\n\nfunc f(s []int) int { return s[5] }\n\nfunc main() {\n\tprintln(\"before\")\n\tf([]int{1, 2, 3})\n}\n";
    let (out, err, code) = run_go("p.go", src);
    assert_eq!(out, "");
    assert_eq!(code, 2);
    // First lines as Go 1.27 prints them; the trace names the Go functions.
    assert!(err.starts_with("before\npanic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.f("), "{err}");
    assert!(err.contains("\nmain.main("), "{err}");
}

#[test]
fn unbounded_recursion_is_a_fatal_error_not_a_crash() {
    let src = "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\nfunc main() {\n\tprintln(f(0))\n}\n";
    let (_, err, code) = run_go("r.go", src);
    assert_eq!(code, 2);
    assert!(err.contains("fatal error: stack overflow"), "{err}");
}

#[test]
fn os_exit_code_and_flushed_stdout() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"out\")\n\tdefer fmt.Println(\"not run\")\n\tos.Exit(3)\n}\n";
    let (out, _, code) = run_go("e.go", src);
    assert_eq!((out.as_str(), code), ("out\n", 3));
}
