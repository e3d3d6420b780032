//! Package `fmt`'s natives and the formatting core they share with `strconv`:
//! `float` (FormatFloat), `quote` (Quote, IsPrint, UTF-8 decoding), `directive` (reading a
//! Printf format), `format` (one operand under width/precision/flags), `print` (the
//! Printf/Sprint driver over VM values), `scan` (the scanner's fast path over buffered
//! input).

mod directive;
pub mod float;
pub mod format;
mod isprint;
pub mod print;
pub mod quote;
mod scan;

use minigo_types::{TypeId, TypeTable};
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use print::{Host, Printer};

/// The printer's access to the running program: types, and `String()`/`Error()` calls
/// through the VM's callback mechanism (natives registered with `register_callback`).
struct CallbackHost<'c, 'a, 'rt>(&'c mut NativeCx<'a, 'rt>);

impl Host for CallbackHost<'_, '_, '_> {
    fn types(&self) -> &TypeTable {
        self.0.types()
    }
    fn type_string(&self, ty: TypeId) -> String {
        self.0.type_string(ty)
    }
    fn call_string_method(&mut self, v: &Value, name: &str) -> Option<Result<Vec<u8>, Value>> {
        let f = self.0.method(v, name)?;
        Some(self.0.call(&f, Vec::new()).map(|r| r.first().map(|s| s.as_bytes().to_vec()).unwrap_or_default()))
    }
}

/// A host for plain natives, which cannot call Go: it records that a method was wanted,
/// and the output is then discarded in favour of the callback printer's.
struct PlainHost<'c, 'a, 'rt> {
    cx: &'c NativeCx<'a, 'rt>,
    wanted_call: bool,
}

impl Host for PlainHost<'_, '_, '_> {
    fn types(&self) -> &TypeTable {
        self.cx.types()
    }
    fn type_string(&self, ty: TypeId) -> String {
        self.cx.type_string(ty)
    }
    fn call_string_method(&mut self, _: &Value, _: &str) -> Option<Result<Vec<u8>, Value>> {
        self.wanted_call = true;
        Some(Ok(Vec::new()))
    }
}

/// Runs the printer in `mode` (`fmt.go`'s modePrint, modePrintln, modePrintf) over the
/// operands `args` (a `[]any` value). A panic from a method called while printing another
/// method's panic propagates as `Err`.
fn render<H: Host>(host: &mut H, mode: i64, format: &[u8], args: &Value) -> Result<Vec<u8>, Value> {
    let args = args.slice_to_vec();
    let mut p = Printer::new(host);
    match mode {
        0 => p.sprint(&args),
        1 => p.sprintln(&args),
        _ => p.sprintf(format, &args),
    }
    if let Some(panic) = p.panic.take() {
        return Err(panic);
    }
    Ok(p.into_bytes())
}

/// `format(mode int, format string, a []any) (string, bool)`.
fn format(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let mut host = PlainHost { cx, wanted_call: false };
    let out = render(&mut host, a[0].as_int(), a[1].as_bytes(), &a[2])?;
    if host.wanted_call {
        return Ok(vec![Value::str(""), Value::Bool(false)]);
    }
    Ok(vec![Value::bytes_str(out), Value::Bool(true)])
}

/// `formatMethods(mode int, format string, a []any) string`.
fn format_methods(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let out = render(&mut CallbackHost(cx), a[0].as_int(), a[1].as_bytes(), &a[2])?;
    Ok(vec![Value::bytes_str(out)])
}

/// `writeStdout(s string) int`.
fn write_stdout(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    cx.stdout(a[0].as_bytes());
    Ok(vec![Value::Int(a[0].as_bytes().len() as i64)])
}

/// `sprintfWrapping(format string, a []any) (string, []int)`: for `Errorf`.
fn sprintf_wrapping(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let args = a[1].slice_to_vec();
    let mut host = CallbackHost(cx);
    let mut p = Printer::for_errorf(&mut host);
    p.sprintf(a[0].as_bytes(), &args);
    if let Some(panic) = p.panic.take() {
        return Err(panic);
    }
    let wrapped = std::mem::take(&mut p.wrapped_errs);
    let s = Value::bytes_str(p.into_bytes());
    let idx = if wrapped.is_empty() { Value::Nil } else { Value::slice(wrapped.into_iter().map(|i| Value::Int(i as i64)).collect()) };
    Ok(vec![s, idx])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    r.register("fmt", "format", format);
    r.register("fmt", "writeStdout", write_stdout);
    r.register_callback("fmt", "formatMethods", format_methods);
    r.register_callback("fmt", "sprintfWrapping", sprintf_wrapping);
    scan::register(r);
}
