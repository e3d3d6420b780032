//! Package `os`'s natives: arguments, environment, exit, directory listings and random
//! temporary names (every other file operation goes through package syscall).

use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStringExt;
use std::sync::LazyLock;

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;
use parking_lot::Mutex;

use super::syscall;

const EBADF: i64 = 9;

fn runtime_args(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::slice(cx.args().iter().map(|s| Value::str(s)).collect())])
}

fn exit(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    cx.exit(a[0].as_int() as i32);
    Ok(vec![])
}

/// The program's environment: a snapshot of the process's taken at first use, then changed only
/// by the program (`Setenv`...). The process environment itself is left alone: changing
/// it while other threads may read it is not safe.
static ENV: LazyLock<Mutex<Vec<(Vec<u8>, Vec<u8>)>>> = LazyLock::new(|| {
    Mutex::new(std::env::vars_os().map(|(k, v)| (k.into_encoded_bytes(), v.into_encoded_bytes())).collect())
});

fn lookup_env(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let env = ENV.lock();
    Ok(match env.iter().find(|(k, _)| k.as_slice() == a[0].as_bytes()) {
        Some((_, v)) => vec![Value::bytes_str(v.clone()), Value::Bool(true)],
        None => vec![Value::str(""), Value::Bool(false)],
    })
}

/// `setenv(key, value string) bool`: false for a key or value the system would refuse
/// (an empty key, `=` in the key, NUL in either).
fn setenv(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let (key, value) = (a[0].as_bytes(), a[1].as_bytes());
    if key.is_empty() || key.contains(&b'=') || key.contains(&0) || value.contains(&0) {
        return Ok(vec![Value::Bool(false)]);
    }
    let mut env = ENV.lock();
    match env.iter_mut().find(|(k, _)| k.as_slice() == key) {
        Some((_, v)) => *v = value.to_vec(),
        None => env.push((key.to_vec(), value.to_vec())),
    }
    Ok(vec![Value::Bool(true)])
}

fn unsetenv(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    ENV.lock().retain(|(k, _)| k.as_slice() != a[0].as_bytes());
    Ok(vec![Value::Nil])
}

fn clearenv(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    ENV.lock().clear();
    Ok(vec![])
}

fn environ(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let vars = ENV.lock().iter().map(|(k, v)| Value::bytes_str([k.as_slice(), b"=", v.as_slice()].concat())).collect();
    Ok(vec![Value::slice(vars)])
}

fn getpid(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::Int(std::process::id() as i64)])
}

fn hostname(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    Ok(vec![Value::str(name.trim_end()), Value::Nil])
}

/// `readDirNames(fd int) (names []string, types []uint32, errno int)`: the entries of the
/// directory open as `fd`, sorted by name, each with the `S_IFMT` bits of its type (0 if
/// the system did not say). The directory is read through `/dev/fd`, so the listing is
/// that of the open directory even if its name changed.
fn read_dir_names(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let Some(dir) = syscall::file(a[0].as_int()) else {
        return Ok(vec![Value::Nil, Value::Nil, Value::Int(EBADF)]);
    };
    let listed = cx.blocking(|| -> std::io::Result<Vec<(Vec<u8>, i64)>> {
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(format!("/dev/fd/{}", dir.as_raw_fd()))? {
            let entry = entry?;
            let kind = entry.file_type().map_or(0, |t| type_bits(&t));
            entries.push((entry.file_name().into_vec(), kind));
        }
        entries.sort();
        Ok(entries)
    });
    Ok(match listed {
        Ok(entries) => {
            let (names, types) = entries.into_iter().map(|(name, kind)| (Value::bytes_str(name), Value::Int(kind))).unzip();
            vec![Value::slice(names), Value::slice(types), Value::Int(0)]
        }
        Err(e) => vec![Value::Nil, Value::Nil, Value::Int(syscall::errno_of(&e))],
    })
}

/// The `S_IFMT` bits of a file type.
fn type_bits(t: &std::fs::FileType) -> i64 {
    use std::os::unix::fs::FileTypeExt;
    let kinds = [
        (t.is_dir(), 0o040000),
        (t.is_file(), 0o100000),
        (t.is_symlink(), 0o120000),
        (t.is_fifo(), 0o010000),
        (t.is_socket(), 0o140000),
        (t.is_block_device(), 0o060000),
        (t.is_char_device(), 0o020000),
    ];
    kinds.iter().find(|(is, _)| *is).map_or(0, |&(_, bits)| bits)
}

/// `random() string`: a random 32-bit number in decimal, for the names of temporary files.
fn random(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::str(&fastrand::u32(..).to_string())])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("os", "runtimeArgs", runtime_args);
    r.register("os", "Exit", exit);
    r.register("os", "LookupEnv", lookup_env);
    r.register("os", "Environ", environ);
    r.register("os", "setenv", setenv);
    r.register("os", "Unsetenv", unsetenv);
    r.register("os", "Clearenv", clearenv);
    r.register("os", "Getpid", getpid);
    r.register("os", "Hostname", hostname);
    r.register("os", "readDirNames", read_dir_names);
    r.register("os", "random", random);
}
