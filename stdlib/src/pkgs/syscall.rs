//! Package `syscall`'s natives. Files opened by `syscall.Open` live in a descriptor table
//! of this process (descriptors start at 3; 0–2 are the standard streams), so every call
//! is safe Rust on `std::fs::File`. Blocking calls are bracketed by
//! `entersyscall`/`exitsyscall`, so the P runs other goroutines meanwhile.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::sync::{Arc, LazyLock};

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;
use parking_lot::Mutex;

const EBADF: i64 = 9;
const EINVAL: i64 = 22;
const O_ACCMODE: i64 = 0x3;
const O_CREAT: i64 = 0x40;
const O_EXCL: i64 = 0x80;
const O_TRUNC: i64 = 0x200;
const O_APPEND: i64 = 0x400;

#[derive(Default)]
struct FdTable {
    next: i64,
    files: HashMap<i64, Arc<Mutex<File>>>,
}

static FILES: LazyLock<Mutex<FdTable>> = LazyLock::new(|| Mutex::new(FdTable { next: 3, files: HashMap::new() }));

fn errno_of(e: &std::io::Error) -> i64 {
    e.raw_os_error().map_or(EINVAL, |n| n as i64)
}

/// Runs a blocking OS call with the P released.
fn blocking<R>(cx: &mut NativeCx, f: impl FnOnce() -> R) -> R {
    if let Some(rt) = cx.rt() {
        rt.entersyscall();
    }
    let r = f();
    if let Some(rt) = cx.rt() {
        rt.exitsyscall();
    }
    r
}

fn errstr(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let text = std::io::Error::from_raw_os_error(a[0].as_int() as i32).to_string();
    // Rust appends " (os error N)" and capitalises; Go's messages are strerror lower-cased.
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    let mut c = text.chars();
    let msg = match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => format!("errno {}", a[0].as_int()),
    };
    Ok(vec![Value::str(&msg)])
}

fn open(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let path = std::ffi::OsStr::new(std::str::from_utf8(a[0].as_bytes()).unwrap_or("\u{FFFD}")).to_owned();
    let (mode, perm) = (a[1].as_int(), a[2].as_int());
    let mut opts = OpenOptions::new();
    match mode & O_ACCMODE {
        0 => opts.read(true),
        1 => opts.write(true),
        _ => opts.read(true).write(true),
    };
    opts.create(mode & O_CREAT != 0).truncate(mode & O_TRUNC != 0).append(mode & O_APPEND != 0).mode(perm as u32);
    if mode & O_EXCL != 0 && mode & O_CREAT != 0 {
        opts.create_new(true);
    }
    let r = blocking(cx, || opts.open(&path));
    Ok(match r {
        Ok(f) => {
            let mut t = FILES.lock();
            let fd = t.next;
            t.next += 1;
            t.files.insert(fd, Arc::new(Mutex::new(f)));
            vec![Value::Int(fd), Value::Int(0)]
        }
        Err(e) => vec![Value::Int(-1), Value::Int(errno_of(&e))],
    })
}

fn file(fd: i64) -> Option<Arc<Mutex<File>>> {
    FILES.lock().files.get(&fd).cloned()
}

fn read(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let fd = a[0].as_int();
    let len = match &a[1] {
        Value::Slice(h) => h.len,
        _ => 0,
    };
    let mut buf = vec![0u8; len];
    let r = if fd == 0 {
        blocking(cx, || std::io::stdin().lock().read(&mut buf))
    } else if let Some(f) = file(fd) {
        blocking(cx, || f.lock().read(&mut buf))
    } else {
        return Ok(vec![Value::Int(-1), Value::Int(EBADF)]);
    };
    Ok(match r {
        Ok(n) => {
            if let Value::Slice(h) = &a[1] {
                for (i, &b) in buf[..n].iter().enumerate() {
                    h.set(i, Value::Int(b as i64));
                }
            }
            vec![Value::Int(n as i64), Value::Int(0)]
        }
        Err(e) => vec![Value::Int(-1), Value::Int(errno_of(&e))],
    })
}

fn write(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let fd = a[0].as_int();
    let bytes: Vec<u8> = a[1].slice_to_vec().iter().map(|b| b.as_int() as u8).collect();
    let r = match fd {
        1 => {
            cx.stdout(&bytes);
            Ok(bytes.len())
        }
        2 => {
            cx.stderr(&bytes);
            Ok(bytes.len())
        }
        _ => match file(fd) {
            Some(f) => blocking(cx, || f.lock().write(&bytes)),
            None => return Ok(vec![Value::Int(-1), Value::Int(EBADF)]),
        },
    };
    Ok(match r {
        Ok(n) => vec![Value::Int(n as i64), Value::Int(0)],
        Err(e) => vec![Value::Int(-1), Value::Int(errno_of(&e))],
    })
}

fn close_fd(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let removed = FILES.lock().files.remove(&a[0].as_int());
    Ok(vec![Value::Int(if removed.is_some() { 0 } else { EBADF })])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("syscall", "errstr", errstr);
    r.register("syscall", "open", open);
    r.register("syscall", "read", read);
    r.register("syscall", "write", write);
    r.register("syscall", "closeFd", close_fd);
    r.register("syscall", "Getpid", |_: &mut NativeCx, _: &[Value]| Ok(vec![Value::Int(std::process::id() as i64)]));
}
