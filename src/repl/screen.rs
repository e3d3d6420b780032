//! The terminal while the REPL runs: the program's output and the line being edited share
//! it.
//!
//! Between inputs, goroutines left running may print. Their whole lines are drawn above
//! the line being edited, which is then drawn again as it was (prompt, text, cursor), the
//! way a shell shows a background job's output. The line editor's own external printer
//! is not used: while one exists, rustyline waits for the terminal with `select`, which
//! does not see the keys its reader has already taken from the terminal, so lines typed
//! ahead (or pasted) after the first key waited forever. Without it, the editor reads keys
//! from its buffer first, and keeps what is left of that buffer for the next line.
//!
//! What is being edited is learned from the editor's helper, which rustyline calls with
//! the line and the cursor each time it redraws ([`note_line`]); when Enter accepts the
//! line ([`line_accepted`]) output is held until the editor has moved past it. Output
//! drawn here goes out in one `write(2)`, so it never splits one of the editor's redraws.

use std::io::{self, Write};
use std::os::fd::RawFd;

use parking_lot::Mutex;
use unicode_width::UnicodeWidthStr;

/// What the terminal shows of the line editor, and output held back from it.
struct Shown {
    /// The editor owns the terminal (`readline` has not returned).
    at_prompt: bool,
    /// The line is on screen and being edited (not yet accepted).
    editing: bool,
    prompt: String,
    /// The line, the cursor's byte offset in it, and the line as drawn (coloured).
    line: String,
    pos: usize,
    drawn: String,
    /// Output of descriptors 1 and 2 not written yet: a partial line at the prompt, or
    /// anything printed while an accepted line is being closed.
    held: [Vec<u8>; 2],
    /// What the program printed after its last line break (a question before a read).
    last_line: Vec<u8>,
}

static SHOWN: Mutex<Shown> = Mutex::new(Shown {
    at_prompt: false,
    editing: false,
    prompt: String::new(),
    line: String::new(),
    pos: 0,
    drawn: String::new(),
    held: [Vec::new(), Vec::new()],
    last_line: Vec::new(),
});

/// The editor is about to show `prompt` with an empty line.
pub fn prompt_shown(prompt: &str) {
    let mut s = SHOWN.lock();
    s.at_prompt = true;
    s.editing = true;
    s.prompt = prompt.to_string();
    s.line.clear();
    s.drawn.clear();
    s.pos = 0;
}

/// The editor drew `line` with the cursor at byte `pos` (called from its helper).
pub fn note_line(line: &str, pos: usize) {
    let mut s = SHOWN.lock();
    if s.line != line {
        s.line = line.to_string();
        s.drawn = line.to_string();
    }
    s.pos = pos;
}

/// The editor drew `line` coloured as `drawn`.
pub fn note_drawn(line: &str, drawn: &str) {
    let mut s = SHOWN.lock();
    if s.line == line {
        s.drawn = drawn.to_string();
    }
}

/// Enter accepted the line: output waits until the editor has finished with it.
pub fn line_accepted() {
    SHOWN.lock().editing = false;
}

/// `readline` returned: the terminal is the program's again; held output goes out.
pub fn prompt_left() {
    let mut s = SHOWN.lock();
    s.at_prompt = false;
    s.editing = false;
    s.last_line.clear();
    for (fd, held) in [1, 2].into_iter().zip(s.held.iter_mut()) {
        let _ = write_fd(fd, &std::mem::take(held));
    }
}

/// What the program printed after its last line break: the line editor shows it as the
/// prompt of a line the program reads.
pub fn last_line() -> String {
    String::from_utf8_lossy(&SHOWN.lock().last_line).into_owned()
}

/// Ends a line the program left unfinished (`fmt.Print("abc")`), so the prompt drawn next
/// does not erase it.
pub fn finish_last_line() {
    let mut s = SHOWN.lock();
    if !s.last_line.is_empty() {
        s.last_line.clear();
        let _ = write_fd(1, b"\n");
    }
}

/// The program's standard output or error on a terminal (see the module docs).
pub struct Screen {
    fd: RawFd,
}

impl Screen {
    pub fn stdout() -> Screen {
        Screen { fd: 1 }
    }

    pub fn stderr() -> Screen {
        Screen { fd: 2 }
    }
}

impl Write for Screen {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut s = SHOWN.lock();
        if !s.at_prompt {
            write_fd(self.fd, buf)?;
            match buf.iter().rposition(|&b| b == b'\n') {
                Some(end) => s.last_line = buf[end + 1..].to_vec(),
                None => s.last_line.extend_from_slice(buf),
            }
            return Ok(buf.len());
        }
        let i = self.fd as usize - 1;
        s.held[i].extend_from_slice(buf);
        if !s.editing {
            return Ok(buf.len());
        }
        if let Some(end) = s.held[i].iter().rposition(|&b| b == b'\n') {
            let lines: Vec<u8> = s.held[i].drain(..=end).collect();
            write_fd(self.fd, &above_the_line(&s, &lines))?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The bytes that draw `lines` where the edited line is and the edited line again below
/// them, the cursor back in its place.
fn above_the_line(s: &Shown, lines: &[u8]) -> Vec<u8> {
    let cols = columns();
    let before = s.prompt.width() + s.line.get(..s.pos).unwrap_or(&s.line).width();
    let total = s.prompt.width() + s.line.width();
    let (row, col) = (before / cols, before % cols);
    let mut out = Vec::new();
    // To the edited line's first row, which is cleared with everything below it.
    if row > 0 {
        out.extend_from_slice(format!("\x1b[{row}A").as_bytes());
    }
    out.extend_from_slice(b"\r\x1b[J");
    out.extend_from_slice(lines);
    out.extend_from_slice(s.prompt.as_bytes());
    out.extend_from_slice(s.drawn.as_bytes());
    // A line that fills its last row leaves the cursor past the margin: start the next.
    let end_row = total / cols;
    if total > 0 && total % cols == 0 {
        out.extend_from_slice(b"\r\n");
    }
    if end_row > row {
        out.extend_from_slice(format!("\x1b[{}A", end_row - row).as_bytes());
    }
    out.push(b'\r');
    if col > 0 {
        out.extend_from_slice(format!("\x1b[{col}C").as_bytes());
    }
    out
}

/// The terminal's width (80 if it cannot be known).
fn columns() -> usize {
    // SAFETY: TIOCGWINSZ fills the winsize it is given.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::ioctl(1, libc::TIOCGWINSZ, &mut ws) };
    if r == 0 && ws.ws_col > 0 {
        ws.ws_col as usize
    } else {
        80
    }
}

/// Writes all of `bytes` to descriptor `fd`, in one call when the terminal takes them.
fn write_fd(fd: RawFd, mut bytes: &[u8]) -> io::Result<()> {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is valid for its length during the call.
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        bytes = &bytes[n as usize..];
    }
    Ok(())
}
