//! Standard input at the prompt: the REPL and the code it runs share one reader.
//!
//! The terminal (or the pipe) belongs to the prompt between inputs and to the running
//! input while it runs, as in gomacro and yaegi: an input that reads `os.Stdin`
//! (`bufio.Scanner`, `fmt.Scan`) gets the lines typed after it, and when it ends the next
//! line is an input again. Each read of descriptor 0 returns at most one line, as a
//! terminal in canonical mode does, so a `bufio.Scanner`'s read-ahead never swallows the
//! inputs typed after the lines it asked for. A read made while no input runs (a
//! goroutine left running in the background) waits for the next input to run. Ctrl-C
//! during a read ends it with end of file; the interrupted input then unwinds.
//!
//! With stdin not a terminal the prompt reads its inputs here too ([`read_line`]). On a
//! terminal the line editor reads every line, the program's too ([`super::typed_line`]):
//! it reads the terminal ahead of the lines it returns, so only it has the lines typed
//! ahead. Ctrl-C there is a key, taken as an interrupt of the running input.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::LazyLock;
use std::time::Duration;

use parking_lot::Mutex;

/// The reader over the process's standard input (a duplicate of descriptor 0).
static READER: LazyLock<Mutex<Option<BufReader<File>>>> = LazyLock::new(|| {
    use std::os::fd::AsFd;
    let fd = io::stdin().as_fd().try_clone_to_owned().ok();
    Mutex::new(fd.map(|fd| BufReader::new(File::from(fd))))
});

/// An input is running: reads of descriptor 0 are served.
static RUNNING: AtomicBool = AtomicBool::new(false);
/// The running input was interrupted: a read in progress ends with end of file.
static CANCELLED: AtomicBool = AtomicBool::new(false);

/// How long a waiting read sleeps before it looks at the flags again.
const TICK: Duration = Duration::from_millis(20);

/// Routes the program's reads of descriptor 0 here.
pub fn install() {
    minigo_stdlib::set_stdin_reader(serve);
}

/// Reads of descriptor 0 are served from now on (an input starts running).
pub fn input_started() {
    CANCELLED.store(false, Ordering::SeqCst);
    RUNNING.store(true, Ordering::SeqCst);
}

/// The running input ended (`interrupted`: by Ctrl-C, so a read in progress gives up).
pub fn input_ended(interrupted: bool) {
    RUNNING.store(false, Ordering::SeqCst);
    CANCELLED.store(interrupted, Ordering::SeqCst);
}

/// The next line for the prompt (without its line break); `None` at end of input.
pub fn read_line() -> Option<io::Result<String>> {
    let mut guard = READER.lock();
    let reader = guard.as_mut()?;
    let mut line = String::new();
    match reader.read_line(&mut line) {
        Ok(0) => None,
        Ok(_) => {
            let end = line.trim_end_matches(['\n', '\r']).len();
            line.truncate(end);
            Some(Ok(line))
        }
        Err(e) => Some(Err(e)),
    }
}

/// The rest of a line read through the line editor that did not fit a read's buffer.
static LEFT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// A read of descriptor 0 by the program: at most one line, once an input runs.
fn serve(buf: &mut [u8]) -> io::Result<usize> {
    loop {
        if CANCELLED.load(Ordering::SeqCst) || super::live::interrupt_pending() {
            return Ok(0);
        }
        if !RUNNING.load(Ordering::SeqCst) {
            std::thread::sleep(TICK);
            continue;
        }
        if let Some(n) = from_editor(buf) {
            return n;
        }
        let mut guard = READER.lock();
        let Some(reader) = guard.as_mut() else { return Ok(0) };
        if reader.buffer().is_empty() && !readable(reader.get_ref()) {
            drop(guard);
            continue;
        }
        match take_line(reader, buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// On a terminal, the next line (or the rest of one) through the line editor; Ctrl-C
/// there interrupts the input, Ctrl-D ends the read with end of file.
fn from_editor(buf: &mut [u8]) -> Option<io::Result<usize>> {
    let mut left = LEFT.lock();
    if left.is_empty() {
        match super::typed_line()? {
            Ok(line) => *left = (line + "\n").into_bytes(),
            Err(rustyline::error::ReadlineError::Interrupted) => {
                super::live::interrupt();
                return Some(Ok(0));
            }
            Err(rustyline::error::ReadlineError::Eof) => return Some(Ok(0)),
            Err(e) => return Some(Err(io::Error::other(e.to_string()))),
        }
    }
    let n = left.len().min(buf.len());
    buf[..n].copy_from_slice(&left[..n]);
    left.drain(..n);
    Some(Ok(n))
}

/// Whether `f` has something to read (or its end) within one tick.
fn readable(f: &File) -> bool {
    let mut pfd = libc::pollfd { fd: f.as_raw_fd(), events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd, for the duration of the call.
    let n = unsafe { libc::poll(&mut pfd, 1, TICK.as_millis() as libc::c_int) };
    n > 0
}

/// Moves the buffered input up to and including its first line break (at most `buf`'s
/// length) into `buf`; 0 at end of file.
fn take_line(reader: &mut BufReader<File>, buf: &mut [u8]) -> io::Result<usize> {
    let avail = reader.fill_buf()?;
    let line = avail.iter().position(|&b| b == b'\n').map_or(avail.len(), |i| i + 1);
    let n = line.min(buf.len());
    buf[..n].copy_from_slice(&avail[..n]);
    reader.consume(n);
    Ok(n)
}
