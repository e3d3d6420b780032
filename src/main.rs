//! `minigo`: the command line. `minigo run [--disasm[=all]] prog.go [args...]` runs a program,
//! `minigo trace prog.go [args...]` runs it and draws its scheduler's timeline, `minigo` or
//! `minigo repl` starts the interactive REPL, `minigo help [command]` explains each.

mod driver;
mod repl;
mod trace;

use std::process::ExitCode;

use driver::Disasm;

/// Out of memory ends the program as Go's does (`fatal error: out of memory`, status 2).
#[global_allocator]
static ALLOCATOR: minigo_runtime::malloc::GoAlloc = minigo_runtime::malloc::GoAlloc;

/// Exit status of a command line minigo does not understand (as `go`'s).
const EXIT_USAGE: i32 = 2;

const USAGE: &str = "minigo runs Go programs on a GMP runtime and explores Go interactively.

Usage:

	minigo <command> [arguments]

The commands are:

	run       compile and run a Go program
	trace     run a Go program and draw its scheduler's timeline
	repl      interactive Go (also: minigo with no arguments)
	version   print minigo's version

Use \"minigo help <command>\" for more information about a command.";

/// `minigo help <command>`: one text per command.
fn command_help(command: &str) -> Option<String> {
    let text = match command {
        "run" => "usage: minigo run [--disasm[=all]] file.go|dir [arguments...]

Run compiles and runs the main package of one Go file. A directory names its one
non-test .go file of package main. The arguments after the file are the program's
os.Args[1:]. The exit status is Go's: 1 when the program does not compile, 2 after
a panic or fatal error, else what the program passed to os.Exit.

The --disasm flag prints the compiled bytecode instead of running: the program's own
functions (package main), or every function with --disasm=all.

The runtime reads GOMAXPROCS, GOGC, GOMEMLIMIT and GODEBUG (schedtrace=MS, scheddetail=1,
gctrace=1) from the environment, as Go does."
            .to_string(),
        "trace" => format!(
            "usage: {}

Trace runs the program exactly as minigo run does while the runtime records its
scheduler and collector events, then writes prog.trace.html (or the -o file): a
self-contained timeline of every P, M and goroutine.

	-o FILE        write the HTML page to FILE
	--json FILE    also write the events as Chrome Trace Event JSON
	--summary      also print the goroutine table as text
	--timeout D    stop the program after D (as 10s or 500ms) and keep what was recorded",
            trace::USAGE
        ),
        "repl" => "usage: minigo repl

Repl starts one live Go program that grows with each input: declarations persist,
an expression is echoed with its value and type, goroutines keep running between
inputs. Ctrl-C stops the running input, Ctrl-D leaves. Type :help at the prompt for
its commands (:type, :doc, :goroutines, :sched, :gc, :time, ...)."
            .to_string(),
        "version" => "usage: minigo version

Version prints minigo's version (also: minigo --version)."
            .to_string(),
        _ => return None,
    };
    Some(text)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        None | Some("repl") => repl::main(),
        Some("run") => run(&args[1..]),
        Some("trace") => trace::main(&args[1..]),
        Some("version" | "--version" | "-version") => {
            println!("minigo version {} (Go subset, GMP runtime)", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("help" | "-h" | "--help") => help(args.get(1).map(String::as_str)),
        Some(other) => {
            eprintln!("minigo {other}: unknown command");
            if other.ends_with(".go") || std::path::Path::new(other).is_file() {
                eprintln!("To run a program: minigo run {other}");
            } else {
                eprintln!("Run 'minigo help' for usage.");
            }
            EXIT_USAGE
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// `minigo help [command]`.
fn help(command: Option<&str>) -> i32 {
    match command {
        None => println!("{USAGE}"),
        Some(c) => match command_help(c) {
            Some(text) => println!("{text}"),
            None => {
                eprintln!("minigo help {c}: unknown help topic. Run 'minigo help'.");
                return EXIT_USAGE;
            }
        },
    }
    0
}

/// `minigo run [--disasm[=all]] file.go|dir [arguments...]`.
fn run(args: &[String]) -> i32 {
    let mut disasm = Disasm::No;
    let mut rest = args;
    while let Some((flag, tail)) = rest.split_first().filter(|(f, _)| f.starts_with('-')) {
        match flag.trim_start_matches('-') {
            "disasm" => disasm = Disasm::Main,
            "disasm=all" => disasm = Disasm::All,
            "h" | "help" => return help(Some("run")),
            _ => {
                eprintln!("flag provided but not defined: {flag}\nusage: minigo run [--disasm[=all]] file.go|dir [arguments...]\nRun 'minigo help run' for details.");
                return EXIT_USAGE;
            }
        }
        rest = tail;
    }
    match rest.split_first() {
        Some((path, prog_args)) => driver::run_path(path, prog_args, disasm),
        None => {
            eprintln!("minigo run: no go files listed\nRun 'minigo help run' for details.");
            EXIT_USAGE
        }
    }
}
