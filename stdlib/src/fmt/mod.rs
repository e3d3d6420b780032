//! Package `fmt`'s natives and the formatting core they share with `strconv`:
//! `float` (FormatFloat), `quote` (Quote, IsPrint, UTF-8 decoding), `format` (one operand
//! under width/precision/flags), `print` (the Printf/Sprint driver over VM values).

pub mod float;
pub mod format;
mod isprint;
pub mod print;
pub mod quote;

use minigo_types::{TypeId, TypeTable};
use minigo_vm::native::{NativeCx, NativeRegistry, NativeResult};
use minigo_vm::value::Value;

use print::{Host, Printer};

/// The printer's access to the running program: types, and `String()`/`Error()` calls
/// through the VM's callback mechanism.
struct CxHost<'c, 'a, 'rt>(&'c mut NativeCx<'a, 'rt>);

impl Host for CxHost<'_, '_, '_> {
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

/// How the operands are laid out.
#[derive(Clone, Copy)]
enum Mode {
    Print,
    Println,
    Printf,
}

/// Formats `args` (a `...any` slice value) per `mode`; `format` for `Printf`. A panic from
/// a method called while printing another method's panic propagates as `Err`.
fn render(cx: &mut NativeCx, mode: Mode, format: &[u8], args: &Value) -> Result<Vec<u8>, Value> {
    let args = args.slice_to_vec();
    let mut host = CxHost(cx);
    let mut p = Printer::new(&mut host);
    match mode {
        Mode::Print => p.do_print(&args),
        Mode::Println => p.do_println(&args),
        Mode::Printf => p.do_printf(format, &args),
    }
    if let Some(panic) = p.panic.take() {
        return Err(panic);
    }
    Ok(p.into_bytes())
}

fn sprint(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::bytes_str(render(cx, Mode::Print, b"", &a[0])?)])
}

fn sprintln(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::bytes_str(render(cx, Mode::Println, b"", &a[0])?)])
}

fn sprintf(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    Ok(vec![Value::bytes_str(render(cx, Mode::Printf, a[0].as_bytes(), &a[1])?)])
}

/// Writes to standard output: `(n int, err error)`.
fn print_out(cx: &mut NativeCx, out: Vec<u8>) -> NativeResult {
    cx.stdout(&out);
    Ok(vec![Value::Int(out.len() as i64), Value::Nil])
}

fn print(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let out = render(cx, Mode::Print, b"", &a[0])?;
    print_out(cx, out)
}

fn println(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let out = render(cx, Mode::Println, b"", &a[0])?;
    print_out(cx, out)
}

fn printf(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let out = render(cx, Mode::Printf, a[0].as_bytes(), &a[1])?;
    print_out(cx, out)
}

/// `sprintfWrapping(format string, a []any) (string, []int)`: for `Errorf`.
fn sprintf_wrapping(cx: &mut NativeCx, a: &[Value]) -> NativeResult {
    let args = a[1].slice_to_vec();
    let mut host = CxHost(cx);
    let mut p = Printer::for_errorf(&mut host);
    p.do_printf(a[0].as_bytes(), &args);
    if let Some(panic) = p.panic.take() {
        return Err(panic);
    }
    let wrapped = std::mem::take(&mut p.wrapped_errs);
    let s = Value::bytes_str(p.into_bytes());
    let idx = if wrapped.is_empty() { Value::Nil } else { Value::slice(wrapped.into_iter().map(|i| Value::Int(i as i64)).collect()) };
    Ok(vec![s, idx])
}

pub(crate) fn register(r: &mut NativeRegistry) {
    let cb = [
        ("Sprint", sprint as minigo_vm::native::NativeFn),
        ("Sprintln", sprintln),
        ("Sprintf", sprintf),
        ("Print", print),
        ("Println", println),
        ("Printf", printf),
        ("sprintfWrapping", sprintf_wrapping),
    ];
    for (name, f) in cb {
        r.register_callback("fmt", name, f);
    }
}
