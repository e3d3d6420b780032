//! Package `syscall`'s natives, over `std::fs`. Open files live in a descriptor table of
//! this process: 0–2 are the standard streams (reading 0 goes through the process's
//! standard input, writing 1 and 2 through the program's output streams), files opened
//! later take 3 on. Every call that may wait on the system runs inside `NativeCx::blocking`, which
//! brackets it with `entersyscall`/`exitsyscall`: the goroutine keeps its M while sysmon may
//! hand its P to another M, as Go does around a blocking system call. Failures come back as
//! errno numbers (0: success).

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs::{DirBuilder, File, Metadata, OpenOptions, Permissions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::{Obj, Value};
use parking_lot::Mutex;

const EBADF: i64 = 9;
const EINVAL: i64 = 22;
const O_ACCMODE: i64 = 0x3;
/// The highest errno Go names on Linux (ERFKILL).
const MAX_ERRNO: i32 = 132;

/// The program's open files by descriptor.
struct FdTable {
    next: i64,
    files: HashMap<i64, Arc<File>>,
}

/// The table starts with duplicates of the standard descriptors (for `Stat`, `Seek`...);
/// a stream the process was started without is simply absent.
static FILES: LazyLock<Mutex<FdTable>> = LazyLock::new(|| {
    use std::os::fd::AsFd;
    let mut files = HashMap::new();
    let std_fds = [io::stdin().as_fd().try_clone_to_owned(), io::stdout().as_fd().try_clone_to_owned(), io::stderr().as_fd().try_clone_to_owned()];
    for (fd, owned) in std_fds.into_iter().enumerate() {
        if let Ok(owned) = owned {
            files.insert(fd as i64, Arc::new(File::from(owned)));
        }
    }
    Mutex::new(FdTable { next: 3, files })
});

/// Who serves reads of descriptor 0 instead of the process's standard input (the REPL:
/// one typed line per read, only while an input runs).
static STDIN_READER: std::sync::OnceLock<fn(&mut [u8]) -> io::Result<usize>> = std::sync::OnceLock::new();

/// Makes `serve` answer every read of descriptor 0 (set once, before the program runs).
pub fn set_stdin_reader(serve: fn(&mut [u8]) -> io::Result<usize>) {
    let _ = STDIN_READER.set(serve);
}

/// Enters a file into the table and returns its descriptor.
fn install(f: File) -> i64 {
    let mut t = FILES.lock();
    let fd = t.next;
    t.next += 1;
    t.files.insert(fd, Arc::new(f));
    fd
}

/// The open file behind descriptor `fd`.
pub(crate) fn file(fd: i64) -> Option<Arc<File>> {
    FILES.lock().files.get(&fd).cloned()
}

/// The errno of a failed call; errors the system did not report (a NUL in a path...)
/// count as EINVAL.
pub(crate) fn errno_of(e: &io::Error) -> i64 {
    e.raw_os_error().map_or(EINVAL, i64::from)
}

/// A string argument as a path, byte for byte.
pub(crate) fn path_arg(v: &Value) -> PathBuf {
    PathBuf::from(OsStr::from_bytes(v.as_bytes()))
}

/// The results `(errno int)`.
fn status(r: io::Result<()>) -> NativeResult {
    Ok(vec![Value::Int(r.err().map_or(0, |e| errno_of(&e)))])
}

/// The results `(n int, errno int)`: n, or -1 and the errno.
fn count(r: io::Result<usize>) -> NativeResult {
    Ok(match r {
        Ok(n) => vec![Value::Int(n as i64), Value::Int(0)],
        Err(e) => vec![Value::Int(-1), Value::Int(errno_of(&e))],
    })
}

/// Retries a call the system interrupted before it did anything.
fn restarting<T>(mut call: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    loop {
        match call() {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

fn slice_len(v: &Value) -> usize {
    match v {
        Value::Slice(h) => h.len,
        _ => 0,
    }
}

/// The content of a `[]byte` argument.
fn slice_bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::Slice(h) => h.bytes().unwrap_or_else(|| h.to_vec().iter().map(|b| b.as_int() as u8).collect()),
        _ => Vec::new(),
    }
}

/// Copies `bytes` to the start of a `[]byte` argument (at most its length).
fn fill_slice(v: &Value, bytes: &[u8]) {
    if let Value::Slice(h) = v {
        let n = bytes.len().min(h.len);
        h.arr.copy_from(h.off, &Obj::packed_bytes(&bytes[..n]), 0, n);
    }
}

/// Runs `op` on the open file `fd` as a blocking call; EBADF if there is none.
fn on_file<T>(cx: &mut NativeCx, fd: i64, op: impl FnOnce(&File) -> io::Result<T>) -> io::Result<T> {
    match file(fd) {
        Some(f) => cx.blocking(|| op(&f)),
        None => Err(io::Error::from_raw_os_error(EBADF as i32)),
    }
}

/// `errstr(e int) string`: the C library's message, as Go prints it (lower case).
/// Numbers Linux does not define are "errno N".
fn errstr(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let e = a[0].as_int();
    let msg = match i32::try_from(e) {
        Ok(known @ 1..=MAX_ERRNO) => system_message(known),
        _ => None,
    };
    Ok(vec![Value::str(&msg.unwrap_or_else(|| format!("errno {e}")))])
}

/// The C library's message for errno `e`, lower-cased; `None` for a number it does not
/// know.
fn system_message(e: i32) -> Option<String> {
    let text = io::Error::from_raw_os_error(e).to_string();
    // Rust adds " (os error N)"; the C library capitalises the first word, which Go
    // lower-cases unless it is an acronym ("RFS specific error").
    let text = text.split(" (os error").next().unwrap_or_default();
    if text.is_empty() || text.starts_with("Unknown error") {
        return None;
    }
    let acronym = text.chars().nth(1).is_some_and(|c| c.is_ascii_uppercase());
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if !acronym => Some(first.to_lowercase().chain(chars).collect()),
        _ => Some(text.to_string()),
    }
}

/// `open(path string, mode int, perm uint32) (fd int, errno int)`. Only the access mode
/// goes through `OpenOptions`' checks; every other flag reaches open(2) as given.
fn open(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (path, mode, perm) = (path_arg(&a[0]), a[1].as_int(), a[2].as_int() as u32);
    let mut opts = OpenOptions::new();
    match mode & O_ACCMODE {
        0 => opts.read(true),
        1 => opts.write(true),
        _ => opts.read(true).write(true),
    };
    opts.custom_flags((mode & !O_ACCMODE) as i32).mode(perm);
    let r = cx.blocking(|| opts.open(&path));
    Ok(match r {
        Ok(f) => vec![Value::Int(install(f)), Value::Int(0)],
        Err(e) => vec![Value::Int(-1), Value::Int(errno_of(&e))],
    })
}

/// `read(fd int, p []byte) (n int, errno int)`.
fn read(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let mut buf = vec![0u8; slice_len(&a[1])];
    let fd = a[0].as_int();
    let r = on_file(cx, fd, |f| {
        if fd == 0 {
            match STDIN_READER.get() {
                Some(serve) => serve(&mut buf),
                None => restarting(|| io::stdin().lock().read(&mut buf)),
            }
        } else {
            restarting(|| (&*f).read(&mut buf))
        }
    });
    if let Ok(n) = r {
        fill_slice(&a[1], &buf[..n]);
    }
    count(r)
}

/// `write(fd int, p []byte) (n int, errno int)`.
fn write(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let fd = a[0].as_int();
    let bytes = slice_bytes(&a[1]);
    if file(fd).is_some() && (fd == 1 || fd == 2) {
        if fd == 1 {
            cx.stdout(&bytes);
        } else {
            cx.stderr(&bytes);
        }
        return count(Ok(bytes.len()));
    }
    count(on_file(cx, fd, |f| restarting(|| (&*f).write(&bytes))))
}

/// EINVAL as an error.
fn invalid() -> io::Error {
    io::Error::from_raw_os_error(EINVAL as i32)
}

/// An offset or length argument, which may not be negative.
fn unsigned_arg(v: &Value) -> io::Result<u64> {
    u64::try_from(v.as_int()).map_err(|_| invalid())
}

/// `pread(fd int, p []byte, offset int64) (n int, errno int)`.
fn pread(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let mut buf = vec![0u8; slice_len(&a[1])];
    let off = unsigned_arg(&a[2]);
    let r = on_file(cx, a[0].as_int(), |f| {
        let off = off?;
        restarting(|| f.read_at(&mut buf, off))
    });
    if let Ok(n) = r {
        fill_slice(&a[1], &buf[..n]);
    }
    count(r)
}

/// `pwrite(fd int, p []byte, offset int64) (n int, errno int)`.
fn pwrite(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let bytes = slice_bytes(&a[1]);
    let off = unsigned_arg(&a[2]);
    count(on_file(cx, a[0].as_int(), |f| {
        let off = off?;
        restarting(|| f.write_at(&bytes, off))
    }))
}

/// `seek(fd int, offset int64, whence int) (off int64, errno int)`.
fn seek(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let offset = a[1].as_int();
    let to = match a[2].as_int() {
        0 => u64::try_from(offset).ok().map(SeekFrom::Start),
        1 => Some(SeekFrom::Current(offset)),
        2 => Some(SeekFrom::End(offset)),
        _ => None,
    };
    let r = match to {
        Some(to) => on_file(cx, a[0].as_int(), |mut f| f.seek(to)),
        None => Err(invalid()),
    };
    Ok(match r {
        Ok(pos) => vec![Value::Int(pos as i64), Value::Int(0)],
        Err(e) => vec![Value::Int(-1), Value::Int(errno_of(&e))],
    })
}

fn close_fd(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let removed = FILES.lock().files.remove(&a[0].as_int());
    Ok(vec![Value::Int(if removed.is_some() { 0 } else { EBADF })])
}

fn fsync(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    status(on_file(cx, a[0].as_int(), File::sync_all))
}

fn ftruncate(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let len = unsigned_arg(&a[1]);
    status(on_file(cx, a[0].as_int(), |f| f.set_len(len?)))
}

fn fchmod(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let mode = a[1].as_int() as u32;
    status(on_file(cx, a[0].as_int(), |f| f.set_permissions(Permissions::from_mode(mode))))
}

/// `pipe() (r int, w int, errno int)`.
fn pipe(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(match cx.blocking(io::pipe) {
        Ok((r, w)) => {
            let r = install(File::from(std::os::fd::OwnedFd::from(r)));
            let w = install(File::from(std::os::fd::OwnedFd::from(w)));
            vec![Value::Int(r), Value::Int(w), Value::Int(0)]
        }
        Err(e) => vec![Value::Int(-1), Value::Int(-1), Value::Int(errno_of(&e))],
    })
}

/// Writes a file's metadata in `Stat_t`'s order into the `[]int64` argument.
fn fill_stat(v: &Value, m: &Metadata) {
    let fields = [
        m.dev() as i64,
        m.ino() as i64,
        m.nlink() as i64,
        i64::from(m.mode()),
        i64::from(m.uid()),
        i64::from(m.gid()),
        m.rdev() as i64,
        m.size() as i64,
        m.blksize() as i64,
        m.blocks() as i64,
        m.atime(),
        m.atime_nsec(),
        m.mtime(),
        m.mtime_nsec(),
        m.ctime(),
        m.ctime_nsec(),
    ];
    if let Value::Slice(h) = v {
        for (i, x) in fields.into_iter().enumerate().take(h.len) {
            h.set(i, Value::Int(x));
        }
    }
}

/// `stat(path string, follow bool, raw []int64) (errno int)`.
fn stat(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let path = path_arg(&a[0]);
    let r = if a[1].as_bool() { cx.blocking(|| std::fs::metadata(&path)) } else { cx.blocking(|| std::fs::symlink_metadata(&path)) };
    status(r.map(|m| fill_stat(&a[2], &m)))
}

/// `fstat(fd int, raw []int64) (errno int)`.
fn fstat(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    status(on_file(cx, a[0].as_int(), File::metadata).map(|m| fill_stat(&a[1], &m)))
}

fn mkdir(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (path, mode) = (path_arg(&a[0]), a[1].as_int() as u32);
    status(cx.blocking(|| DirBuilder::new().mode(mode).create(&path)))
}

/// Natives `(path string) (errno int)`: rmdir, unlink, chdir.
fn one_path(cx: &mut NativeCx, a: &[Value], call: fn(&Path) -> io::Result<()>) -> NativeResult {
    let path = path_arg(&a[0]);
    status(cx.blocking(|| call(&path)))
}

fn rmdir(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    one_path(cx, a, |path| std::fs::remove_dir(path))
}

fn unlink(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    one_path(cx, a, |path| std::fs::remove_file(path))
}

fn chdir(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    one_path(cx, a, |path| std::env::set_current_dir(path))
}

fn chmod(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (path, mode) = (path_arg(&a[0]), a[1].as_int() as u32);
    status(cx.blocking(|| std::fs::set_permissions(&path, Permissions::from_mode(mode))))
}

/// `truncate(path string, length int64) (errno int)`.
fn truncate(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (path, len) = (path_arg(&a[0]), unsigned_arg(&a[1]));
    status(cx.blocking(|| {
        let len = len?;
        OpenOptions::new().write(true).open(&path)?.set_len(len)
    }))
}

/// Natives `(from, to string) (errno int)`: rename, symlink, link.
fn two_paths(cx: &mut NativeCx, a: &[Value], call: fn(&Path, &Path) -> io::Result<()>) -> NativeResult {
    let (from, to) = (path_arg(&a[0]), path_arg(&a[1]));
    status(cx.blocking(|| call(&from, &to)))
}

fn rename(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    two_paths(cx, a, |from, to| std::fs::rename(from, to))
}

fn symlink(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    two_paths(cx, a, |target, link| std::os::unix::fs::symlink(target, link))
}

fn link(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    two_paths(cx, a, |target, link| std::fs::hard_link(target, link))
}

/// `readlink(path string, buf []byte) (n int, errno int)`: the target, cut at len(buf).
fn readlink(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let path = path_arg(&a[0]);
    let r = cx.blocking(|| std::fs::read_link(&path)).map(|t| t.into_os_string().into_vec());
    count(r.map(|target| {
        fill_slice(&a[1], &target);
        target.len().min(slice_len(&a[1]))
    }))
}

/// `getwd() (dir string, errno int)`.
fn getwd(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(match cx.blocking(std::env::current_dir) {
        Ok(dir) => vec![Value::bytes_str(dir.into_os_string().into_vec()), Value::Int(0)],
        Err(e) => vec![Value::str(""), Value::Int(errno_of(&e))],
    })
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("syscall", "errstr", errstr);
    r.register("syscall", "open", open);
    r.register("syscall", "read", read);
    r.register("syscall", "write", write);
    r.register("syscall", "pread", pread);
    r.register("syscall", "pwrite", pwrite);
    r.register("syscall", "seek", seek);
    r.register("syscall", "closeFd", close_fd);
    r.register("syscall", "fsync", fsync);
    r.register("syscall", "ftruncate", ftruncate);
    r.register("syscall", "fchmod", fchmod);
    r.register("syscall", "pipe", pipe);
    r.register("syscall", "stat", stat);
    r.register("syscall", "fstat", fstat);
    r.register("syscall", "mkdir", mkdir);
    r.register("syscall", "rmdir", rmdir);
    r.register("syscall", "unlink", unlink);
    r.register("syscall", "chdir", chdir);
    r.register("syscall", "chmod", chmod);
    r.register("syscall", "truncate", truncate);
    r.register("syscall", "rename", rename);
    r.register("syscall", "symlink", symlink);
    r.register("syscall", "link", link);
    r.register("syscall", "readlink", readlink);
    r.register("syscall", "getwd", getwd);
    r.register("syscall", "Getpid", |_: &mut NativeCx, _: &[Value]| Ok(vec![Value::Int(std::process::id() as i64)]));
}
