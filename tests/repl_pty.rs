//! The REPL as a person meets it: `minigo` with no arguments on a pseudo-terminal (the
//! line editor in raw mode, prompts, continuation prompts, echo with type, lines typed
//! ahead, output of goroutines while a line is edited, Ctrl-C, Ctrl-D). The tests type
//! like a user, waiting for each prompt before the next line, or all at once, and read
//! what the terminal would show (escape sequences applied). Skipped, saying why, only if
//! no pseudo-terminal can be opened.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// Longest wait for the REPL's answer before the test fails (it never waits this long
/// when the REPL works; the figure only keeps a broken REPL from hanging the test).
const PATIENCE: Duration = Duration::from_secs(60);

/// What the terminal shows, fed by a reader thread: its lines as a terminal draws them
/// (carriage return, erase to end of line or screen, cursor right and up: what the line
/// editor uses to redraw the line being edited); `closed` once the REPL's side is gone.
#[derive(Default)]
struct Screen {
    lines: Vec<Vec<char>>,
    row: usize,
    col: usize,
    /// Pieces of output drawn so far.
    drawn: usize,
    closed: bool,
}

impl Screen {
    fn draw(&mut self, s: &str) {
        self.drawn += 1;
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            match c {
                '\x1b' => {
                    if chars.next() == Some('[') {
                        let mut seq = String::new();
                        for d in chars.by_ref() {
                            seq.push(d);
                            if ('@'..='~').contains(&d) {
                                break;
                            }
                        }
                        self.csi(&seq);
                    }
                }
                '\r' => self.col = 0,
                '\n' => self.row += 1,
                _ => self.put(c),
            }
        }
    }

    /// A control sequence: its parameters and final byte (`K`, `5C`, `A`...).
    fn csi(&mut self, seq: &str) {
        let Some(last) = seq.chars().last() else { return };
        let n: usize = seq[..seq.len() - 1].parse().unwrap_or(1);
        let col = self.col;
        let line = self.line();
        match last {
            'K' => line.truncate(col.min(line.len())),
            'J' => {
                line.truncate(col.min(line.len()));
                self.lines.truncate(self.row + 1);
            }
            'C' => self.col += n,
            'A' => self.row = self.row.saturating_sub(n),
            _ => {}
        }
    }

    fn line(&mut self) -> &mut Vec<char> {
        if self.lines.len() <= self.row {
            self.lines.resize(self.row + 1, Vec::new());
        }
        &mut self.lines[self.row]
    }

    fn put(&mut self, c: char) {
        let col = self.col;
        let line = self.line();
        if line.len() <= col {
            line.resize(col, ' ');
            line.push(c);
        } else {
            line[col] = c;
        }
        self.col += 1;
    }

    /// The lines from `row` on.
    fn text_from(&self, row: usize) -> String {
        let lines = self.lines.get(row..).unwrap_or_default();
        lines.iter().map(|l| l.iter().collect::<String>()).collect::<Vec<_>>().join("\n")
    }
}

struct Terminal {
    child: Child,
    master: File,
    screen: Arc<(Mutex<Screen>, Condvar)>,
    /// The screen's lines before this one are consumed by earlier `expect`s.
    seen: usize,
}

/// A pseudo-terminal pair (master, slave), or why none could be opened.
fn openpty() -> Result<(OwnedFd, OwnedFd), std::io::Error> {
    let (mut master, mut slave) = (-1, -1);
    // SAFETY: openpty writes two descriptors it opened; null name, termios and winsize.
    let r = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
    if r != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: both descriptors were just opened and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) })
}

impl Terminal {
    /// `minigo` started on a new pseudo-terminal as its controlling terminal.
    fn start() -> Result<Terminal, std::io::Error> {
        let (master, slave) = openpty()?;
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
        cmd.env("TERM", "xterm")
            .env("XDG_DATA_HOME", std::env::temp_dir().join("minigo-repl-pty-test-data"))
            .stdin(Stdio::from(slave.try_clone()?))
            .stdout(Stdio::from(slave.try_clone()?))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn()?;
        let master = File::from(master);
        let screen = Arc::new((Mutex::new(Screen::default()), Condvar::new()));
        let (mut from, mut answer, shared) = (master.try_clone()?, master.try_clone()?, screen.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Ends with EIO once the REPL has exited and the slave side is closed.
            while let Ok(n @ 1..) = from.read(&mut buf) {
                let chunk = String::from_utf8_lossy(&buf[..n]);
                // The line editor asks where the cursor is: at the left margin.
                if chunk.contains("\x1b[6n") {
                    let _ = answer.write_all(b"\x1b[1;1R");
                }
                shared.0.lock().unwrap().draw(&chunk);
                shared.1.notify_all();
            }
            shared.0.lock().unwrap().closed = true;
            shared.1.notify_all();
        });
        Ok(Terminal { child, master, screen, seen: 0 })
    }

    /// Waits until the screen shows `what` on the lines not consumed yet; those lines up
    /// to the one where it ends (which stays unconsumed).
    fn expect(&mut self, what: &str) -> String {
        let (lock, cvar) = &*self.screen;
        let screen = lock.lock().unwrap();
        let (screen, _) = cvar.wait_timeout_while(screen, PATIENCE, |s| !s.closed && !s.text_from(self.seen).contains(what)).unwrap();
        let text = screen.text_from(self.seen);
        let Some(at) = text.find(what) else {
            panic!("the terminal never showed {what:?}; it shows:\n{}", screen.text_from(0));
        };
        let got = text[..at + what.len()].to_string();
        self.seen += got.matches('\n').count();
        got
    }

    /// Writes `keys` at once: keys typed faster than the REPL answers, or a paste.
    fn type_ahead(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
    }

    /// Types `keys` one at a time, each once the terminal has answered the one before (the
    /// line editor redraws the line for every key): as a person types, not as a paste.
    fn type_keys(&mut self, keys: &str) {
        let (lock, cvar) = &*self.screen;
        for key in keys.bytes() {
            let before = lock.lock().unwrap().drawn;
            self.master.write_all(&[key]).unwrap();
            let screen = lock.lock().unwrap();
            let (screen, _) = cvar.wait_timeout_while(screen, PATIENCE, |s| !s.closed && s.drawn == before).unwrap();
            assert!(screen.drawn > before || screen.closed, "no answer to key {key:?}:\n{}", screen.text_from(0));
        }
    }
}

/// The REPL on a new terminal, or `None` (said why) if no pseudo-terminal can be opened.
fn terminal() -> Option<Terminal> {
    match Terminal::start() {
        Ok(t) => Some(t),
        Err(e) => {
            eprintln!("skipped: no pseudo-terminal could be opened ({e})");
            None
        }
    }
}

#[test]
fn a_session_on_a_terminal() {
    let Some(mut term) = terminal() else { return };
    let banner = term.expect("\n>>> ");
    assert!(banner.contains("minigo ") && banner.contains(":help"), "{banner:?}");
    // A multi-line func: each open line gets the continuation prompt.
    term.type_keys("func sq(n int) int {\r");
    term.expect("{\n... ");
    term.type_keys("    return n * n\r");
    term.expect("n * n\n... ");
    term.type_keys("}\r");
    let after_func = term.expect("}\n>>> ");
    assert!(!after_func.contains("error") && !after_func.contains("undefined"), "{after_func:?}");
    // An expression is echoed with its type.
    term.type_keys("sq(7) + 1\r");
    let echo = term.expect("\n>>> ");
    assert!(echo.contains("\n50\t// int\n"), "{echo:?}");
    term.type_keys("[]string{\"a\"}\r");
    let echo = term.expect("\n>>> ");
    assert!(echo.contains("\n[]string{\"a\"}\t// []string\n"), "{echo:?}");
    // Ctrl-D at an empty prompt leaves with status 0.
    term.type_keys("\x04");
    let status = term.child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{status:?}");
}

/// Lines typed ahead, written in one go right after the prompt, are all kept and run in
/// order: statements, a multi-line func (Tab at the start of a line indents), a call, an
/// input that reads standard input (it gets the next line typed), and one after it.
#[test]
fn typed_ahead_lines_are_all_kept() {
    let Some(mut term) = terminal() else { return };
    term.expect("\n>>> ");
    term.type_ahead("a := 1\rb := 2\ra + b\rfunc sq(n int) int {\r\treturn n * n\r}\rsq(a + b)\r");
    let shown = term.expect("9\t// int\n>>> ");
    assert!(shown.contains(">>> a := 1\n>>> b := 2\n>>> a + b\n3\t// int\n>>> func sq(n int) int {\n... "), "{shown:?}");
    assert!(shown.contains("return n * n\n... }\n>>> sq(a + b)\n9\t// int"), "{shown:?}");
    // (Keys typed while an input runs are echoed by the terminal itself, as in a shell:
    // this batch is written at the prompt.)
    term.type_ahead("var s string\rfmt.Print(\"name? \"); fmt.Scanln(&s); fmt.Println(\"hi\", s)\rgopher\rlen(s)\r");
    let shown = term.expect("6\t// int\n>>> ");
    assert!(shown.contains("\nname? gopher\nhi gopher\n>>> len(s)\n6\t// int"), "{shown:?}");
    assert!(!shown.contains("error") && !shown.contains("undefined"), "{shown:?}");
}

/// A goroutine's output that comes while a line is being edited is drawn above that
/// line, which stays as typed (and editing goes on); Ctrl-C stops a running loop and the
/// session goes on.
#[test]
fn background_output_and_ctrl_c_on_a_terminal() {
    let Some(mut term) = terminal() else { return };
    term.expect("\n>>> ");
    term.type_keys("ch := make(chan string)\r");
    term.expect("\n>>> ");
    term.type_keys("go func() { for s := range ch { fmt.Println(s) } }()\r");
    term.expect("\n>>> ");
    term.type_keys("go func() { time.Sleep(50 * time.Millisecond); ch <- \"tick\" }()\r");
    term.expect("\n>>> ");
    term.type_keys("20 + ");
    term.expect("tick\n");
    term.type_keys("22\r");
    // The lines after the one showing "tick".
    let shown = term.expect("42\t// int\n>>> ");
    assert!(shown.starts_with(">>> 20 + 22\n42\t// int"), "{shown:?}");
    // The loop says it runs (so Ctrl-C comes while it does, not at the prompt).
    term.type_keys("for i := 0; ; i++ { if i == 1000 { fmt.Println(\"spin\" + \"ning\") } }\r");
    term.expect("\nspinning");
    term.type_ahead("\x03");
    term.expect("interrupted\n>>> ");
    term.type_keys("ch <- \"still here\"\r");
    term.expect("still here\n");
}

/// The commands, Tab completion of fields and package members, a side effect that
/// happens once, errors drawn against the input, `println` and panics shown, output
/// without a final line break kept, and `os.Exit` ending the session with its status.
#[test]
fn commands_completion_errors_and_exit_on_a_terminal() {
    let Some(mut term) = terminal() else { return };
    term.expect("\n>>> ");
    let file = std::env::temp_dir().join(format!("minigo-repl-pty-load-{}.go", std::process::id()));
    std::fs::write(&file, "package main\n\nfunc triple(n int) int { return 3 * n }\n").unwrap();
    term.type_ahead(&format!(":load {}\rtriple(5)\r", file.display()));
    term.expect("15\t// int\n>>> ");
    let _ = std::fs::remove_file(&file);
    term.type_ahead("type person struct{ Name string }\rpt := person{\"Ann\"}\rpt.Na\t + strings.TrimSpa\t(\" !\")\r");
    term.expect("\"Ann!\"\t// string\n>>> ");
    term.type_ahead("count := 0\rfunc bump() int { count++; return count }\rbump()\rbump()\rcount * 10\r");
    term.expect("20\t// int\n>>> ");
    term.type_ahead("block := make(chan int)\rgo func() { <-block }()\r");
    term.expect("}()\n>>> ");
    let commands = [
        (":type pt.Name", "\nstring\n"),
        (":doc strings.TrimSpace", "\nfunc TrimSpace(s string) string\n"),
        (":gomaxprocs 2", "\nGOMAXPROCS=2"),
        (":time triple(2)", "\n6\t// int\ntime: "),
        (":goroutines", " [chan receive]:\nmain.__input.func1"),
        (":sched", "\nSCHED "),
        (":gc", "\nNumGC "),
        (":disasm triple", "\nfunc main.triple "),
        (":help", "\n  :goroutines "),
    ];
    for (command, shows) in commands {
        term.type_ahead(&format!("{command}\r"));
        let shown = term.expect("\n>>> ");
        assert!(shown.contains(shows), "{command}: {shown:?}");
    }
    term.type_ahead("triple(\"x\")\r");
    let shown = term.expect("\n>>> ");
    // Drawn by miette, wrapped at the terminal's width.
    assert!(shown.contains("× <input>:1:8: cannot use \"x\" (untyped string constant) as int value in"), "{shown:?}");
    assert!(shown.contains("1 │ triple(\"x\")"), "{shown:?}");
    term.type_ahead("println(\"to\", \"stderr\")\rpanic(\"boom\")\r");
    term.expect("\nto stderr\n>>> ");
    let shown = term.expect("\n>>> ");
    assert!(shown.contains("\npanic: boom\n\ngoroutine "), "{shown:?}");
    // Output left without a line break stays on the screen: the prompt starts below it.
    term.type_ahead("fmt.Print(\"no break\")\r");
    term.expect("\nno break\n>>> ");
    term.type_ahead("os.Exit(3)\r");
    let status = term.child.wait().unwrap();
    assert_eq!(status.code(), Some(3), "{status:?}");
}

/// A bracketed paste of declarations and statements runs as the inputs its lines make,
/// once Enter is pressed after it; `:reset` starts a new session.
#[test]
fn a_paste_and_a_reset_on_a_terminal() {
    let Some(mut term) = terminal() else { return };
    term.expect("\n>>> ");
    term.type_ahead("\x1b[200~func cube(n int) int {\r\treturn n * n * n\r}\rcube(3)\r\x1b[201~");
    term.expect("}\ncube(3)");
    term.type_ahead("\r");
    term.expect("\n27\t// int\n>>> ");
    term.type_ahead(":reset\r");
    term.expect(":help for help.\n>>> ");
    term.type_ahead("cube(2)\r");
    let shown = term.expect("\n>>> ");
    assert!(shown.contains("undefined: cube"), "{shown:?}");
}
