//! `minigo`: the command line. `minigo run [--disasm] prog.go [args...]` runs a program,
//! `minigo trace prog.go [args...]` runs it and draws its scheduler's timeline, `minigo` or
//! `minigo repl` starts the interactive REPL.

mod driver;
mod repl;
mod trace;

use std::process::ExitCode;

/// Out of memory ends the program as Go's does (`fatal error: out of memory`, status 2).
#[global_allocator]
static ALLOCATOR: minigo_runtime::malloc::GoAlloc = minigo_runtime::malloc::GoAlloc;

const USAGE: &str = "usage:
  minigo run [--disasm] prog.go [arguments...]   run a Go program (--disasm: print its bytecode instead)
  minigo trace [-o FILE] [--json FILE] [--summary] [--timeout D] prog.go [arguments...]
                                                 run it and write prog.trace.html: the scheduler's timeline
  minigo repl                                    interactive Go (also: minigo with no arguments)
  minigo version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        None | Some("repl") => repl::main(),
        Some("run") => {
            let mut rest = &args[1..];
            let disasm = rest.first().map(String::as_str) == Some("--disasm");
            if disasm {
                rest = &rest[1..];
            }
            match rest.split_first() {
                Some((path, prog_args)) => driver::run_file(path, prog_args, disasm),
                None => {
                    eprintln!("minigo run: no go files listed\n{USAGE}");
                    2
                }
            }
        }
        Some("trace") => trace::main(&args[1..]),
        Some("version") => {
            println!("minigo {} (Go subset, GMP runtime)", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            0
        }
        Some(other) => {
            eprintln!("minigo {other}: unknown command\n{USAGE}");
            2
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}
