//! Package `os`'s natives: arguments, environment, exit, and writing to the standard
//! descriptors (files, including standard input, go through package syscall).

use std::sync::LazyLock;

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;
use parking_lot::Mutex;

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

/// `writeStd(fd int, s string)`: fd 1 is the program's buffered standard output, else
/// standard error.
fn write_std(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    if a[0].as_int() == 1 {
        cx.stdout(a[1].as_bytes());
    } else {
        cx.stderr(a[1].as_bytes());
    }
    Ok(vec![])
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
    r.register("os", "writeStd", write_std);
}
