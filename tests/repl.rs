//! The REPL driven through a pipe (stdin not a terminal: plain line mode). One live
//! session: each input is checked against the session, compiled into the running program
//! and run once as a goroutine; goroutines keep running between inputs; errors, panics and
//! Ctrl-C leave the session alive.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};

fn spawn() -> Child {
    Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("repl")
        .env("XDG_DATA_HOME", std::env::temp_dir().join("minigo-repl-test-data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minigo repl")
}

/// Runs a whole script; (stdout lines after the banner, stderr).
fn session(script: &str) -> (Vec<String>, String) {
    let mut child = spawn();
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "repl exited with {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    (stdout.lines().skip(1).map(str::to_string).collect(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_learners_session() {
    let script = [
        // 1. `import "fmt"` as the first input.
        "import \"fmt\"",
        // 2. A multi-line func, then a call.
        "func sq(n int) int {\n\treturn n * n\n}",
        "sq(4)",
        // 3. Echo of a slice with its type.
        "[]int{1, 2, 3}",
        // 4. Persistence.
        "x := 3",
        "sq(x) + 1",
        // 5. `importance := 3` is a statement, not an import.
        "importance := 3",
        "importance * 2",
        // 6. A call returning nothing prints nothing; multiple results print each.
        "func nothing() {}",
        "nothing()",
        "strconv.Atoi(\"12\")",
        "fmt.Println(\"end\")",
    ]
    .join("\n");
    let (out, err) = session(&(script + "\n"));
    assert_eq!(out, ["16\t// int", "[]int{1, 2, 3}\t// []int", "10\t// int", "6\t// int", "12\t// int", "<nil>\t// error", "end"], "stderr: {err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn goroutines_keep_running_between_inputs() {
    let script = "ch := make(chan int)
done := make(chan bool)
go func() { v := <-ch; fmt.Println(\"got\", v); done <- true }()
fmt.Println(\"started\")
ch <- 42
<-done
fmt.Println(\"after\")
";
    let (out, err) = session(script);
    // `<-done` is an expression: its value is echoed.
    assert_eq!(out, ["started", "got 42", "true\t// bool", "after"], "stderr: {err}");
}

#[test]
fn side_effects_happen_once() {
    let script = "count := 0
func nap() { time.Sleep(time.Millisecond); fmt.Println(\"napped\") }
nap()
count++
count++
count
fmt.Println(\"still\", count)
";
    let (out, err) = session(script);
    assert_eq!(out, ["napped", "2\t// int", "still 2"], "stderr: {err}");
}

#[test]
fn errors_and_panics_leave_the_session_alive() {
    let script = "n := 1
y := \"a\" + 1
var s []int
s[5]
n + 1
";
    let (out, err) = session(script);
    assert_eq!(out, ["2\t// int"], "stderr: {err}");
    // The compile error is at the input's own line and column.
    assert!(err.contains("<input>:1:6: invalid operation: \"a\" + 1 (mismatched types untyped string and untyped int)"), "{err}");
    assert!(err.contains("panic: runtime error: index out of range [5] with length 0"), "{err}");
}

#[test]
fn redefinition_replaces_for_later_inputs() {
    let script = "func f() int { return 1 }
g := f
func f() string { return \"two\" }
f()
g()
x := 4
x := \"four\"
x
";
    let (out, err) = session(script);
    assert_eq!(out, ["\"two\"\t// string", "1\t// int", "\"four\"\t// string"], "stderr: {err}");
}

#[test]
fn types_methods_and_interfaces_cross_inputs() {
    let script = "type P struct{ X, Y int }
func (p P) String() string { return fmt.Sprintf(\"(%d,%d)\", p.X, p.Y) }
var s fmt.Stringer = P{1, 2}
ch := make(chan fmt.Stringer, 1)
type Q int
func (q Q) String() string { return \"Q\" }
ch <- Q(7)
fmt.Println(s, <-ch)
";
    let (out, err) = session(script);
    assert_eq!(out, ["(1,2) Q"], "stderr: {err}");
}

/// Methods declared in a later input than their type (generic or not) join it, the
/// instances made before included; declared again with the same signature, a method is
/// replaced (interface values made before call the new one); a method whose input had
/// errors is not kept.
#[test]
fn methods_join_their_types_across_inputs() {
    let script = "type Stack[T any] struct{ xs []T }
early := &Stack[string]{}
func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x) }
st := &Stack[int]{}
st.Push(1); st.Push(2)
early.Push(\"a\")
len(st.xs) + len(early.xs)
func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x, x) }
st.Push(3)
st.xs
func (s *Stack[T]) Push(x T) int { return 0 }
func (s *Stack[T]) Pop() T { return zz }
st.Pop()
type C struct{ n int }
func (c *C) Inc() { c.n++ }
c := &C{}
var i interface{ Inc() } = c
i.Inc()
func (c *C) Dec() { c.n -= undefinedName }
func (c *C) Inc() { c.n += 10 }
i.Inc()
c.Inc()
c.n
c.Dec()
type Box[T any] struct{ v T }
func (b Box[T]) Get() T { return b.v }
Box[float64]{2.5}.Get() + undefinedY
Box[float64]{1.5}.Get()
";
    let (out, err) = session(script);
    assert_eq!(out, ["3\t// int", "[]int{1, 2, 3, 3}\t// []int", "21\t// int", "1.5\t// float64"], "stderr: {err}");
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("<input>")).collect();
    assert_eq!(errors.len(), 6, "{err}");
    assert!(errors[0].contains("method Stack.Push redefined with another signature"), "{err}");
    assert!(errors[1].contains("undefined: zz"), "{err}");
    assert!(errors[2].contains("st.Pop undefined"), "{err}");
    assert!(errors[3].contains("undefined: undefinedName"), "{err}");
    assert!(errors[4].contains("c.Dec undefined"), "{err}");
    // An instance made by an input with errors is made again when next used.
    assert!(errors[5].contains("undefined: undefinedY"), "{err}");
}

#[test]
fn incomplete_input_continues_on_the_next_line() {
    let (out, err) = session("1 +\n2\ns := `a\nb`\nlen(s)\n");
    assert_eq!(out, ["3\t// int", "3\t// int"], "stderr: {err}");
}

/// Ctrl-C: SIGINT sent once the looping input has printed its marker (so the signal
/// comes while the loop runs), then the session goes on.
#[test]
fn ctrl_c_interrupts_a_tight_loop() {
    let input = "n := 0\nfor i := 0; ; i++ { if i == 1000 { fmt.Println(\"spinning\") }; n++ }\n";
    let (rest, err) = interrupt_after(input, "spinning", "n > 1000\n");
    assert_eq!(rest, "true\t// bool\n", "stderr: {err}");
}

#[test]
fn background_panics_failed_declarations_and_type_queries() {
    let script = "func bad() int { return \"s\" }
bad()
go func() { panic(\"background boom\") }()
time.Sleep(20 * time.Millisecond)
:type strings.Split(\"a,b\", \",\")
fmt.Println(\"alive\")
";
    let (out, err) = session(script);
    assert_eq!(out, ["[]string", "alive"], "stderr: {err}");
    assert!(err.contains("<input>:1:25: cannot use \"s\" (untyped string constant) as int value in return statement"), "{err}");
    // The declaration that failed is not kept.
    assert!(err.contains("<input>:1:1: undefined: bad"), "{err}");
    assert!(err.contains("panic: background boom\n\ngoroutine "), "{err}");
}

/// An input minigo cannot compile (a generic type declared inside a function) is reported
/// once; later inputs run.
#[test]
fn an_unsupported_construct_does_not_break_the_session() {
    let (out, err) = session("func h() { type L[T any] []T }\n1 + 1\n");
    assert_eq!(out, ["2\t// int"], "stderr: {err}");
    assert_eq!(err.matches("generic types inside functions are not supported").count(), 1, "{err}");
}

#[test]
fn os_exit_ends_the_session_with_its_status() {
    let mut child = spawn();
    child.stdin.take().unwrap().write_all(b"fmt.Println(\"bye\")\nos.Exit(3)\nfmt.Println(\"not run\")\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().skip(1).collect::<Vec<_>>(), ["bye"]);
}

#[test]
fn generic_functions_instantiate_across_inputs() {
    // Each input's call makes a new instance; earlier instances keep their own code.
    let script = "func Max[T int | float64](a, b T) T {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\nMax(3, 7)\nMax(2.5, 1.0)\nMax(1, 2)\nslices.Max([]float64{4, 9.5, 2})\n";
    let (out, err) = session(script);
    assert_eq!(out, ["7\t// int", "2.5\t// float64", "2\t// int", "9.5\t// float64"], "stderr: {err}");
}

#[test]
fn gomaxprocs_command_sets_and_shows() {
    let (out, err) = session(":gomaxprocs 3\n:gomaxprocs\nruntime.GOMAXPROCS(0)\n:gomaxprocs many\n");
    assert_eq!(out.len(), 3, "{out:?} {err}");
    assert!(out[0].starts_with("GOMAXPROCS=3 (was "), "{out:?}");
    assert_eq!(out[1..], ["GOMAXPROCS=3", "3\t// int"]);
    assert!(err.contains("usage: :gomaxprocs"), "{err}");
}

/// `:gc`'s rows as (name, value).
fn gc_rows(lines: &[String]) -> Vec<(String, u64)> {
    lines
        .iter()
        .filter_map(|l| {
            let (name, v) = l.split_once(' ')?;
            Some((name.to_string(), v.trim().parse().ok()?))
        })
        .collect()
}

#[test]
fn gc_command_shows_the_collectors_figures() {
    let (out, err) = session(":gc\nruntime.GC()\nkeep := make([]int, 1000)\n:gc\n");
    assert!(err.is_empty(), "{err}");
    let rows = gc_rows(&out);
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    let fields = ["NumGC", "NumForcedGC", "HeapAlloc", "NextGC", "HeapObjects", "TotalAlloc", "Mallocs", "PauseTotalNs"];
    assert_eq!(names, [fields, fields].concat(), "{out:?}");
    let (first, second) = rows.split_at(fields.len());
    assert!(second[0].1 > first[0].1, "runtime.GC() ran a cycle: {out:?}");
    assert!(second[1].1 > first[1].1, "a forced cycle: {out:?}");
    assert!(second[6].1 > first[6].1, "make allocated: {out:?}");
    assert!(second[3].1 > 0, "a heap goal: {out:?}");
}

#[test]
fn time_command_runs_the_input_and_counts_its_allocations() {
    let (out, err) = session("var keep [][]int\n:time for i := 0; i < 50; i++ { keep = append(keep, make([]int, 8)) }\n:time len(keep)\n");
    assert!(err.is_empty(), "{err}");
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(out[1], "50\t// int", "the input ran once");
    let allocs = |line: &str| -> u64 {
        assert!(line.starts_with("time: ") && line.ends_with(" bytes)"), "{line}");
        let n = line.split(", allocs: ").nth(1).and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok());
        n.unwrap_or_else(|| panic!("no allocation count in {line:?}"))
    };
    assert!(allocs(&out[0]) >= 50, "{out:?}");
    allocs(&out[2]);
}

/// Starts a session, types `input`, waits for a stdout line containing `marker`, sends
/// SIGINT (so it comes while the input runs), waits for the prompt's "interrupted", then
/// types `after` and closes stdin; the
/// rest of stdout and all of stderr.
fn interrupt_after(input: &str, marker: &str, after: &str) -> (String, String) {
    let mut child = spawn();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdin.write_all(input.as_bytes()).unwrap();
    let mut line = String::new();
    while !line.contains(marker) {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "repl ended before {marker:?}");
    }
    // SAFETY: kill(2) on our own child's pid.
    assert_eq!(unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) }, 0);
    // `after` is typed once the prompt says the input was interrupted.
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut err = String::new();
    while !err.contains("interrupted") {
        assert!(stderr.read_line(&mut err).unwrap() > 0, "repl ended before the interrupt: {err}");
    }
    stdin.write_all(after.as_bytes()).unwrap();
    drop(stdin);
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    stderr.read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}: {err}");
    (rest, err)
}

#[test]
fn several_statements_on_one_line() {
    let script = "a := 1; b := 2\na + b\nx := 1; x++; x\ny := 5; y + \"s\"; y = 0\ny\n";
    let (out, err) = session(script);
    // The `:=` variables are the session's; the last expression is echoed; a failing
    // statement stops the rest of its line.
    assert_eq!(out, ["3\t// int", "2\t// int", "5\t// int"], "stderr: {err}");
    assert!(err.contains("<input>:1:9: invalid operation: y + \"s\" (mismatched types int and untyped string)"), "{err}");
}

#[test]
fn an_input_reads_the_lines_typed_after_it() {
    let script = "sc := bufio.NewScanner(os.Stdin)
sc.Scan()
hello there
sc.Text()
var name string; var n int
fmt.Scan(&name, &n)
bob 42
fmt.Println(name, n+1)
for sc.Scan() && sc.Text() != \"end\" { fmt.Println(\"line:\", sc.Text()) }
one
two
end
fmt.Println(\"prompt again\")
";
    let (out, err) = session(script);
    // Each read gets one line: the scanner never swallows the inputs that follow.
    assert_eq!(out, ["true\t// bool", "\"hello there\"\t// string", "2\t// int", "<nil>\t// error", "bob 43", "line: one", "line: two", "prompt again"], "stderr: {err}");
}

#[test]
fn ctrl_c_during_a_read_gives_the_prompt_back() {
    let input = "sc := bufio.NewScanner(os.Stdin)\nfunc read() { fmt.Println(\"reading\"); fmt.Println(\"scanned\", sc.Scan()) }\nread()\n";
    let (rest, err) = interrupt_after(input, "reading", "fmt.Println(\"alive\")\n");
    // The read ends (end of file), the input unwinds, and the next line is an input again.
    assert!(rest.ends_with("alive\n") && !rest.contains("fmt.Println"), "{rest:?}");
    assert!(err.contains("interrupted"), "{err}");
}

#[test]
fn ctrl_c_runs_the_interrupted_inputs_defers() {
    let input = "func spin() {\n\tdefer fmt.Println(\"deferred ran\", recover())\n\tfor i := 0; ; i++ {\n\t\tif i == 1000 {\n\t\t\tfmt.Println(\"spinning\")\n\t\t}\n\t}\n}\nspin()\n";
    let (rest, err) = interrupt_after(input, "spinning", "fmt.Println(\"after\")\n");
    // Unwound as by runtime.Goexit: the deferred call runs, recover() is nil.
    assert_eq!(rest, "deferred ran <nil>\nafter\n", "stderr: {err}");
}
