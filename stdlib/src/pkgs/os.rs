//! Package `os`'s natives: arguments, environment, exit, and writing to the standard
//! descriptors (files, including standard input, go through package syscall).

use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

fn runtime_args(cx: &mut NativeCx, _: &[Value]) -> NativeResult {
    Ok(vec![Value::slice(cx.args().iter().map(|s| Value::str(s)).collect())])
}

fn exit(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    cx.exit(a[0].as_int() as i32);
    Ok(vec![])
}

fn lookup_env(_: &mut NativeCx, a: &[Value]) -> NativeResult {
    let key = String::from_utf8_lossy(a[0].as_bytes()).into_owned();
    Ok(match std::env::var_os(&key) {
        Some(v) if !key.is_empty() && !key.contains('=') => vec![Value::bytes_str(v.into_encoded_bytes()), Value::Bool(true)],
        _ => vec![Value::str(""), Value::Bool(false)],
    })
}

fn environ(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let vars = std::env::vars_os().map(|(k, v)| {
        let mut b = k.into_encoded_bytes();
        b.push(b'=');
        b.extend_from_slice(v.as_encoded_bytes());
        Value::bytes_str(b)
    });
    Ok(vec![Value::slice(vars.collect())])
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
    r.register("os", "Getpid", getpid);
    r.register("os", "Hostname", hostname);
    r.register("os", "writeStd", write_std);
}
