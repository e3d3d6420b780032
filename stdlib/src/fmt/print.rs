//! The printer behind `fmt.Printf`/`Sprint`/`Sprintln`/`Errorf`: a port of Go's
//! `src/fmt/print.go` (BSD licence, The Go Authors) walking minigo [`Value`]s with their
//! [`TypeId`]s where Go uses `reflect`. The `Error()`/`String()`/`GoString()` methods of
//! operands are called through a [`Host`] (the VM's callback mechanism in production).

use std::cmp::Ordering;
#[cfg(test)]
use std::collections::HashMap;
use std::sync::Arc;

use minigo_types::{BasicKind, Type, TypeId, TypeTable};
use minigo_vm::value::{underlying, Value};

use super::format::{Fmt, LDIGITS, UDIGITS};
use crate::methodset::has_string_method;

/// What the printer needs from its environment.
pub trait Host {
    fn types(&self) -> &TypeTable;
    /// Go's spelling of a type (`%T`, `%#v`, bad-verb forms).
    fn type_string(&self, ty: TypeId) -> String;
    /// Calls the `func() string` method `name` of the interface value `v`. `None` if the
    /// VM cannot resolve the method; `Some(Err(panic value))` if the call panicked.
    fn call_string_method(&mut self, v: &Value, name: &str) -> Option<Result<Vec<u8>, Value>>;
}

/// Deeper values are not printed: a value that contains itself through interfaces would
/// otherwise recurse without end (Go overflows its stack there).
const MAX_DEPTH: usize = 100;

/// A typed operand: the nil interface has no type.
#[derive(Clone, Copy)]
struct Arg<'v> {
    ty: Option<TypeId>,
    v: &'v Value,
}

/// Splits an interface value (an element of `...any`) into its dynamic type and value.
fn arg_of(v: &Value) -> Arg<'_> {
    match v {
        Value::Iface(ty, inner) => Arg { ty: Some(*ty), v: inner },
        _ => Arg { ty: None, v },
    }
}

/// The printer: Go's `pp`.
pub struct Printer<'h, H: Host> {
    pub fmt: Fmt,
    host: &'h mut H,
    /// `Errorf` is formatting: `%w` is allowed.
    wrap_errs: bool,
    /// Argument indices of `%w` verbs, for `Errorf`.
    pub wrapped_errs: Vec<usize>,
    reordered: bool,
    good_arg_num: bool,
    /// Inside `badVerb`: methods are not called.
    erroring: bool,
    /// Inside the recovery of a panicking method: a second panic is propagated.
    panicking: bool,
    /// A panic from a method called while printing the panic value of another.
    pub panic: Option<Value>,
}

fn is_string_kind(table: &TypeTable, ty: TypeId) -> bool {
    matches!(underlying(table, ty), Type::Basic(BasicKind::String | BasicKind::UntypedString))
}

/// What `printValue` needs of a type's structure, copied out of the type table so the
/// printer can recurse while the table stays borrowed only briefly.
enum Shape {
    Basic(BasicKind),
    Map { key: TypeId, value: TypeId },
    /// A struct with this many fields.
    Struct(usize),
    Interface,
    /// An array or slice with this element type.
    Elems(TypeId),
    Pointer(TypeId),
    /// Channels and funcs: printed as addresses.
    Reference,
    /// Named or tuple (never an underlying type): Go's `?T?`.
    Unknown,
}

impl Shape {
    fn of(t: &Type) -> Shape {
        match t {
            Type::Basic(k) => Shape::Basic(*k),
            Type::Map { key, value } => Shape::Map { key: *key, value: *value },
            Type::Struct(fields) => Shape::Struct(fields.len()),
            Type::Interface(_) => Shape::Interface,
            Type::Array { elem, .. } | Type::Slice(elem) => Shape::Elems(*elem),
            Type::Pointer(elem) => Shape::Pointer(*elem),
            Type::Chan { .. } | Type::Func(_) => Shape::Reference,
            Type::Named(_) | Type::Tuple(_) => Shape::Unknown,
        }
    }
}

fn addr_of(v: &Value) -> u64 {
    (match v {
        Value::Pointer(o, i) => Arc::as_ptr(o) as usize + 16 * *i as usize,
        Value::Slice(h) => Arc::as_ptr(&h.arr) as usize + 16 * h.off,
        Value::Map(m) => Arc::as_ptr(m) as usize,
        Value::Chan(c) => Arc::as_ptr(c) as usize,
        Value::Func(f) => Arc::as_ptr(f) as usize,
        _ => 0,
    }) as u64
}

impl<'h, H: Host> Printer<'h, H> {
    pub fn new(host: &'h mut H) -> Self {
        Printer { fmt: Fmt::default(), host, wrap_errs: false, wrapped_errs: Vec::new(), reordered: false, good_arg_num: true, erroring: false, panicking: false, panic: None }
    }

    /// A printer for `Errorf`: `%w` verbs record their argument in `wrapped_errs`.
    pub fn for_errorf(host: &'h mut H) -> Self {
        let mut p = Printer::new(host);
        p.wrap_errs = true;
        p
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.fmt.buf
    }

    fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    fn type_string(&self, ty: TypeId) -> String {
        self.host.type_string(ty)
    }

    /// `Sprint`: spaces between operands when neither is a string.
    pub fn do_print(&mut self, args: &[Value]) {
        let mut prev_string = false;
        for (i, a) in args.iter().enumerate() {
            let arg = arg_of(a);
            let is_string = arg.ty.is_some_and(|t| is_string_kind(self.host.types(), t));
            if i > 0 && !is_string && !prev_string {
                self.write(b" ");
            }
            self.print_arg(arg, 'v');
            prev_string = is_string;
        }
    }

    /// `Sprintln`: spaces always, newline at the end.
    pub fn do_println(&mut self, args: &[Value]) {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.print_arg(arg_of(a), 'v');
        }
        self.write(b"\n");
    }

    /// `Sprintf`.
    pub fn do_printf(&mut self, format: &[u8], a: &[Value]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.write(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1;
            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.fmt.f.sharp = true,
                    b'0' => self.fmt.f.zero = true,
                    b'+' => self.fmt.f.plus = true,
                    b'-' => self.fmt.f.minus = true,
                    b' ' => self.fmt.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'w' {
                                self.wrapped_errs.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.move_v_flags();
                            }
                            self.print_arg(arg_of(&a[arg_num]), c as char);
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (wid, present, n) = self.int_from_arg(a, arg_num);
                arg_num = n;
                self.fmt.f.wid_present = present;
                if !present {
                    self.write(b"%!(BADWIDTH)");
                }
                if wid < 0 {
                    self.fmt.f.minus = true;
                    self.fmt.f.zero = false;
                }
                self.fmt.f.wid = wid.unsigned_abs() as usize;
                after_index = false;
            } else {
                let (wid, present, ni) = parsenum(format, i, end);
                self.fmt.f.wid = wid;
                self.fmt.f.wid_present = present;
                i = ni;
                if after_index && present {
                    self.good_arg_num = false;
                }
            }
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, present, n) = self.int_from_arg(a, arg_num);
                    arg_num = n;
                    self.fmt.f.prec = prec.max(0) as usize;
                    self.fmt.f.prec_present = present && prec >= 0;
                    if !self.fmt.f.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (prec, _, ni) = parsenum(format, i, end);
                    self.fmt.f.prec = prec;
                    self.fmt.f.prec_present = true;
                    i = ni;
                }
            }
            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }
            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }
            let (r, size) = super::quote::decode_rune(&format[i..]);
            let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
            i += size;
            if verb == '%' {
                self.write(b"%");
            } else if !self.good_arg_num {
                self.bad_arg_num(verb, "(BADINDEX)");
            } else if arg_num >= a.len() {
                self.bad_arg_num(verb, "(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped_errs.push(arg_num);
                }
                if verb == 'v' || verb == 'w' {
                    self.move_v_flags();
                }
                self.print_arg(arg_of(&a[arg_num]), verb);
                arg_num += 1;
            }
        }
        if !self.reordered && arg_num < a.len() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (k, v) in a[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                let arg = arg_of(v);
                match arg.ty {
                    None => self.write(b"<nil>"),
                    Some(t) => {
                        let ts = self.type_string(t);
                        self.write(ts.as_bytes());
                        self.write(b"=");
                        self.print_arg(arg, 'v');
                    }
                }
            }
            self.write(b")");
        }
    }

    /// `%v`: `#` and `+` become the Go-syntax and field-name modes.
    fn move_v_flags(&mut self) {
        let f = &mut self.fmt.f;
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
    }

    fn bad_arg_num(&mut self, verb: char, what: &str) {
        self.write(b"%!");
        self.write_rune(verb);
        self.write(what.as_bytes());
    }

    fn write_rune(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.fmt.buf.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
    }

    /// Parses an explicit argument index `[n]` at `format[i]`.
    fn arg_number(&mut self, arg_num: usize, format: &[u8], i: usize, num_args: usize) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && index < num_args {
            return (index, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `intFromArg`: the `*` width or precision operand, if it is an integer that
    /// fits an `int` and is at most 1e6 in magnitude.
    fn int_from_arg(&self, a: &[Value], arg_num: usize) -> (i64, bool, usize) {
        if arg_num >= a.len() {
            return (0, false, arg_num);
        }
        let (num, ok) = match arg_of(&a[arg_num]) {
            Arg { ty: Some(t), v: Value::Int(i) } => match underlying(self.host.types(), t) {
                Type::Basic(k) if k.is_unsigned() => (*i, *i >= 0),
                Type::Basic(k) if k.is_integer() => (*i, true),
                _ => (0, false),
            },
            _ => (0, false),
        };
        if !(-1_000_000..=1_000_000).contains(&num) {
            return (0, false, arg_num + 1);
        }
        (num, ok, arg_num + 1)
    }

    fn print_arg(&mut self, arg: Arg<'_>, verb: char) {
        let Some(ty) = arg.ty else {
            match verb {
                'T' | 'v' => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(None, verb),
            }
            return;
        };
        match verb {
            'T' => {
                let s = self.type_string(ty);
                self.fmt.fmt_s(s.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(arg, verb);
                return;
            }
            _ => {}
        }
        // Unnamed `[]byte` takes the fast path, as in Go.
        if let Type::Slice(e) = &self.host.types().types[ty.0 as usize] {
            if self.host.types().types[e.0 as usize] == Type::Basic(BasicKind::Uint8) {
                let bytes = byte_slice(arg.v);
                self.fmt_bytes(bytes.as_deref(), verb, "[]byte", arg, 0);
                return;
            }
        }
        if !self.handle_methods(arg, verb) {
            self.print_value(arg, verb, 0, false);
        }
    }

    /// Calls `Error()` or `String()` (or `GoString()` for `%#v`) if the operand has it.
    fn handle_methods(&mut self, arg: Arg<'_>, mut verb: char) -> bool {
        if self.erroring {
            return false;
        }
        let Some(ty) = arg.ty else { return false };
        let table = self.host.types();
        if verb == 'w' {
            if !has_string_method(table, ty, "Error") || !self.wrap_errs {
                self.bad_verb(Some(arg), verb);
                return true;
            }
            verb = 'v';
        }
        let method = if self.fmt.f.sharp_v {
            if !has_string_method(table, ty, "GoString") {
                return false;
            }
            "GoString"
        } else {
            if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
                return false;
            }
            if has_string_method(table, ty, "Error") {
                "Error"
            } else if has_string_method(table, ty, "String") {
                "String"
            } else {
                return false;
            }
        };
        let boxed = Value::iface(ty, arg.v.clone());
        match self.host.call_string_method(&boxed, method) {
            None => false,
            Some(Ok(s)) => {
                if method == "GoString" {
                    self.fmt.fmt_s(&s);
                } else {
                    self.fmt_string(&s, verb, arg);
                }
                true
            }
            Some(Err(panic)) => {
                self.catch_panic(arg, verb, method, panic);
                true
            }
        }
    }

    /// Go's `catchPanic`: a method that panicked prints `%!v(PANIC=String method: msg)`,
    /// or `<nil>` for a nil pointer receiver.
    fn catch_panic(&mut self, arg: Arg<'_>, verb: char, method: &str, panic: Value) {
        if arg.v.is_nil() && arg.ty.is_some_and(|t| matches!(self.host.types().types[t.0 as usize], Type::Pointer(_))) {
            self.write(b"<nil>");
            return;
        }
        if self.panicking {
            self.panic.get_or_insert(panic);
            return;
        }
        let old = self.fmt.f;
        self.fmt.clear_flags();
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(PANIC=");
        self.write(method.as_bytes());
        self.write(b" method: ");
        self.panicking = true;
        self.print_arg(arg_of(&panic), 'v');
        self.panicking = false;
        self.write(b")");
        self.fmt.f = old;
    }

    fn bad_verb(&mut self, arg: Option<Arg<'_>>, verb: char) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        match arg.and_then(|a| a.ty.map(|t| (a, t))) {
            Some((a, t)) => {
                let ts = self.type_string(t);
                self.write(ts.as_bytes());
                self.write(b"=");
                self.print_arg(a, 'v');
            }
            None => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: bool, verb: char, arg: Arg<'_>) {
        match verb {
            't' | 'v' => self.fmt.fmt_boolean(v),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.fmt.f.sharp;
        self.fmt.f.sharp = leading0x;
        self.fmt.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.fmt.f.sharp = sharp;
    }

    fn fmt_integer(&mut self, v: u64, signed: bool, verb: char, arg: Arg<'_>) {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v && !signed {
                    self.fmt_0x64(v, true)
                } else {
                    self.fmt.fmt_integer(v, 10, signed, verb, LDIGITS)
                }
            }
            'd' => self.fmt.fmt_integer(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(v),
            'q' => self.fmt.fmt_qc(v),
            'U' => self.fmt.fmt_unicode(v),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    fn fmt_float(&mut self, v: f64, size: u32, verb: char, arg: Arg<'_>) {
        match verb {
            'v' => self.fmt.fmt_float(v, size, 'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(v, size, verb, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(v, size, verb, 6),
            'F' => self.fmt.fmt_float(v, size, 'f', 6),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: char, arg: Arg<'_>) {
        match verb {
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
                let old_plus = self.fmt.f.plus;
                self.write(b"(");
                self.fmt_float(re, size / 2, verb, arg);
                self.fmt.f.plus = true;
                self.fmt_float(im, size / 2, verb, arg);
                self.write(b"i)");
                self.fmt.f.plus = old_plus;
            }
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    fn fmt_string(&mut self, s: &[u8], verb: char, arg: Arg<'_>) {
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.fmt.fmt_q(s)
                } else {
                    self.fmt.fmt_s(s)
                }
            }
            's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    /// A byte slice or array (`bytes` is `None` for a nil slice).
    fn fmt_bytes(&mut self, bytes: Option<&[u8]>, verb: char, type_string: &str, arg: Arg<'_>, depth: usize) {
        let v = bytes.unwrap_or(&[]);
        match verb {
            'v' | 'd' => {
                if self.fmt.f.sharp_v {
                    self.write(type_string.as_bytes());
                    if bytes.is_none() {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.fmt.fmt_integer(c as u64, 10, false, verb, LDIGITS);
                    }
                    self.write(b"]");
                }
            }
            's' => self.fmt.fmt_s(v),
            'x' => self.fmt.fmt_sbx(v, LDIGITS),
            'X' => self.fmt.fmt_sbx(v, UDIGITS),
            'q' => self.fmt.fmt_q(v),
            _ => self.print_elems(arg, verb, depth),
        }
    }

    fn fmt_pointer(&mut self, arg: Arg<'_>, verb: char) {
        let Some(ty) = arg.ty else { return self.bad_verb(Some(arg), verb) };
        if !matches!(underlying(self.host.types(), ty), Type::Pointer(_) | Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) | Type::Basic(BasicKind::UnsafePointer)) {
            return self.bad_verb(Some(arg), verb);
        }
        let u = addr_of(arg.v);
        match verb {
            'v' => {
                if self.fmt.f.sharp_v {
                    self.write(b"(");
                    let ts = self.type_string(ty);
                    self.write(ts.as_bytes());
                    self.write(b")(");
                    if u == 0 {
                        self.write(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.write(b")");
                } else if u == 0 {
                    self.fmt.pad(b"<nil>");
                } else {
                    let sharp = self.fmt.f.sharp;
                    self.fmt_0x64(u, !sharp);
                }
            }
            'p' => {
                let sharp = self.fmt.f.sharp;
                self.fmt_0x64(u, !sharp);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb, arg),
            _ => self.bad_verb(Some(arg), verb),
        }
    }

    /// Go's `printValue`. `ro`: reached through an unexported field, so methods are not
    /// called (reflect's `CanInterface` is false).
    fn print_value(&mut self, arg: Arg<'_>, verb: char, depth: usize, ro: bool) {
        if depth > 0 && !ro && self.handle_methods(arg, verb) {
            return;
        }
        if depth > MAX_DEPTH {
            self.write(b"...");
            return;
        }
        let Some(ty) = arg.ty else {
            if depth == 0 {
                self.write(b"<invalid reflect.Value>");
            } else if verb == 'v' {
                self.write(b"<nil>");
            } else {
                self.bad_verb(None, verb);
            }
            return;
        };
        let v = arg.v;
        let table = self.host.types();
        match Shape::of(underlying(table, ty)) {
            Shape::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => self.fmt_bool(v.as_bool(), verb, arg),
                BasicKind::Float32 => self.fmt_float(v.as_float(), 32, verb, arg),
                BasicKind::Float64 | BasicKind::UntypedFloat => self.fmt_float(v.as_float(), 64, verb, arg),
                BasicKind::Complex64 | BasicKind::Complex128 => {
                    let (re, im) = match v {
                        Value::Complex(c) => **c,
                        _ => (0.0, 0.0),
                    };
                    self.fmt_complex(re, im, if k == BasicKind::Complex64 { 64 } else { 128 }, verb, arg)
                }
                BasicKind::String | BasicKind::UntypedString => self.fmt_string(v.as_bytes(), verb, arg),
                BasicKind::UnsafePointer => self.fmt_pointer(arg, verb),
                k if k.is_unsigned() => self.fmt_integer(v.as_int() as u64, false, verb, arg),
                _ => self.fmt_integer(v.as_int() as u64, true, verb, arg),
            },
            Shape::Map { key, value } => {
                if self.fmt.f.sharp_v {
                    let ts = self.type_string(ty);
                    self.write(ts.as_bytes());
                    if v.is_nil() {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                } else {
                    self.write(b"map[");
                }
                let mut entries = match v {
                    Value::Map(m) => m.entries(),
                    _ => Vec::new(),
                };
                let table = self.host.types();
                entries.sort_by(|a, b| compare(table, key, &a.1, &b.1));
                for (i, (_, k, e)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.write(if self.fmt.f.sharp_v { b", " } else { b" " });
                    }
                    self.print_value(Arg { ty: Some(key), v: k }, verb, depth + 1, ro);
                    self.write(b":");
                    self.print_value(Arg { ty: Some(value), v: e }, verb, depth + 1, ro);
                }
                self.write(if self.fmt.f.sharp_v { b"}" } else { b"]" });
            }
            Shape::Struct(n) => {
                if self.fmt.f.sharp_v {
                    let ts = self.type_string(ty);
                    self.write(ts.as_bytes());
                }
                self.write(b"{");
                let slots = match v {
                    Value::Agg(o) => o.to_vec(),
                    _ => Vec::new(),
                };
                for i in 0..n {
                    if i > 0 {
                        self.write(if self.fmt.f.sharp_v { b", " } else { b" " });
                    }
                    let Type::Struct(fields) = underlying(self.host.types(), ty) else { return };
                    let (fty, exported) = (fields[i].ty, fields[i].exported);
                    if self.fmt.f.plus_v || self.fmt.f.sharp_v {
                        self.fmt.buf.extend_from_slice(fields[i].name.as_bytes());
                        self.fmt.buf.push(b':');
                    }
                    let fv = slots.get(i).cloned().unwrap_or_default();
                    self.print_value(Arg { ty: Some(fty), v: &fv }, verb, depth + 1, ro || !exported);
                }
                self.write(b"}");
            }
            Shape::Interface => match v {
                Value::Iface(dt, inner) => self.print_value(Arg { ty: Some(*dt), v: inner }, verb, depth + 1, ro),
                _ => {
                    if self.fmt.f.sharp_v {
                        let ts = self.type_string(ty);
                        self.write(ts.as_bytes());
                        self.write(b"(nil)");
                    } else {
                        self.write(b"<nil>");
                    }
                }
            },
            Shape::Elems(elem) => {
                if matches!(verb, 's' | 'q' | 'x' | 'X') && matches!(underlying(table, elem), Type::Basic(BasicKind::Uint8)) {
                    let bytes = byte_slice(v);
                    let ts = self.type_string(ty);
                    self.fmt_bytes(Some(bytes.as_deref().unwrap_or(&[])), verb, &ts, arg, depth);
                    return;
                }
                self.print_elems(arg, verb, depth);
            }
            Shape::Pointer(elem) => {
                if depth == 0 && !v.is_nil() {
                    if let (Type::Array { .. } | Type::Slice(_) | Type::Struct(_) | Type::Map { .. }, Some(target)) = (underlying(table, elem), v.deref()) {
                        self.write(b"&");
                        self.print_value(Arg { ty: Some(elem), v: &target }, verb, depth + 1, ro);
                        return;
                    }
                }
                self.fmt_pointer(arg, verb);
            }
            Shape::Reference => self.fmt_pointer(arg, verb),
            Shape::Unknown => {
                let ts = self.type_string(ty);
                self.write(b"?");
                self.write(ts.as_bytes());
                self.write(b"?");
            }
        }
    }

    /// The elements of an array or slice: `[a b]`, or `[]T{a, b}` for `%#v`.
    fn print_elems(&mut self, arg: Arg<'_>, verb: char, depth: usize) {
        let Some(ty) = arg.ty else { return };
        let elem = match underlying(self.host.types(), ty) {
            Type::Array { elem, .. } | Type::Slice(elem) => *elem,
            _ => return,
        };
        let elems = match arg.v {
            Value::Agg(o) => o.to_vec(),
            v => v.slice_to_vec(),
        };
        if self.fmt.f.sharp_v {
            let ts = self.type_string(ty);
            self.write(ts.as_bytes());
            if arg.v.is_nil() && matches!(underlying(self.host.types(), ty), Type::Slice(_)) {
                self.write(b"(nil)");
                return;
            }
            self.write(b"{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    self.write(b", ");
                }
                self.print_value(Arg { ty: Some(elem), v: e }, verb, depth + 1, false);
            }
            self.write(b"}");
        } else {
            self.write(b"[");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    self.write(b" ");
                }
                self.print_value(Arg { ty: Some(elem), v: e }, verb, depth + 1, false);
            }
            self.write(b"]");
        }
    }
}

/// The bytes of a `[]byte` or `[N]byte` value (`None` for a nil slice).
fn byte_slice(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Nil => None,
        Value::Agg(o) => Some(o.to_vec().iter().map(|b| b.as_int() as u8).collect()),
        v => Some(v.slice_to_vec().iter().map(|b| b.as_int() as u8).collect()),
    }
}

/// Go's `internal/fmtsort` order of map keys of type `ty`.
fn compare(table: &TypeTable, ty: TypeId, a: &Value, b: &Value) -> Ordering {
    match underlying(table, ty) {
        Type::Basic(k) if k.is_unsigned() => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
        Type::Basic(k) if k.is_float() => {
            let (x, y) = (a.as_float(), b.as_float());
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        }
        Type::Basic(BasicKind::Complex64 | BasicKind::Complex128) => {
            let parts = |v: &Value| match v {
                Value::Complex(c) => **c,
                _ => (0.0, 0.0),
            };
            let (x, y) = (parts(a), parts(b));
            x.0.partial_cmp(&y.0).unwrap_or(Ordering::Equal).then(x.1.partial_cmp(&y.1).unwrap_or(Ordering::Equal))
        }
        Type::Basic(BasicKind::String | BasicKind::UntypedString) => a.as_bytes().cmp(b.as_bytes()),
        Type::Basic(BasicKind::Bool | BasicKind::UntypedBool) => a.as_bool().cmp(&b.as_bool()),
        Type::Basic(_) => a.as_int().cmp(&b.as_int()),
        Type::Struct(fields) => {
            let (xs, ys) = (agg_slots(a), agg_slots(b));
            for (i, f) in fields.iter().enumerate() {
                let c = compare(table, f.ty, xs.get(i).unwrap_or(&Value::Nil), ys.get(i).unwrap_or(&Value::Nil));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Type::Array { elem, .. } => {
            let (xs, ys) = (agg_slots(a), agg_slots(b));
            for (x, y) in xs.iter().zip(&ys) {
                let c = compare(table, *elem, x, y);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Type::Interface(_) => match (a, b) {
            (Value::Iface(ta, x), Value::Iface(tb, y)) => ta.cmp(tb).then_with(|| compare(table, *ta, x, y)),
            (Value::Iface(..), _) => Ordering::Greater,
            (_, Value::Iface(..)) => Ordering::Less,
            _ => Ordering::Equal,
        },
        _ => addr_of(a).cmp(&addr_of(b)),
    }
}

fn agg_slots(v: &Value) -> Vec<Value> {
    match v {
        Value::Agg(o) => o.to_vec(),
        _ => Vec::new(),
    }
}

/// Go's `parsenum`: a decimal number at `s[start..end]`; not a number if it exceeds 1e6.
fn parsenum(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0usize;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as usize;
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// `[n]`: the zero-based index, the bytes consumed, and whether it parsed.
fn parse_arg_number(format: &[u8]) -> (usize, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i || width == 0 {
                return (usize::MAX, i + 1, ok && newi == i);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}


#[cfg(test)]
mod tests {
    //! The printer against real Go: `testdata/print.txt` is generated by
    //! `testdata/gen_print.go`; the operands named there are rebuilt here with the same
    //! types and values.

    use super::*;
    use minigo_types::{FuncRef, MethodInfo, NamedIdx, NamedInfo, Signature, StructField};
    use minigo_vm::value::MapObj;

    struct Types {
        table: TypeTable,
    }

    impl Types {
        fn add(&mut self, t: Type) -> TypeId {
            if let Some(id) = self.table.intern.get(&t) {
                return *id;
            }
            let id = TypeId(self.table.types.len() as u32);
            self.table.types.push(t.clone());
            self.table.intern.insert(t, id);
            id
        }
        fn basic(&mut self, k: BasicKind) -> TypeId {
            self.add(Type::Basic(k))
        }
        /// A named type of package main with `func() string` methods `methods`.
        fn named(&mut self, name: &str, underlying: TypeId, methods: &[&str]) -> TypeId {
            let string = self.basic(BasicKind::String);
            let sig = self.add(Type::Func(Signature { params: vec![], results: vec![string], variadic: false }));
            let methods = methods
                .iter()
                .map(|m| MethodInfo { name: m.to_string(), ptr_recv: false, sig, func: FuncRef::Native { pkg: "main".into(), name: format!("{name}.{m}") } })
                .collect();
            let idx = NamedIdx(self.table.named.len() as u32);
            self.table.named.push(NamedInfo { name: name.into(), pkg: "main".into(), underlying, methods, span: None });
            self.add(Type::Named(idx))
        }
        fn field(name: &str, ty: TypeId) -> StructField {
            StructField { name: name.into(), ty, embedded: false, tag: None, exported: name.starts_with(|c: char| c.is_uppercase()) }
        }
    }

    /// Calls `Error`/`String` by the dynamic type's name, as the methods of gen_print.go.
    struct FakeHost {
        table: TypeTable,
    }

    impl Host for FakeHost {
        fn types(&self) -> &TypeTable {
            &self.table
        }
        fn type_string(&self, ty: TypeId) -> String {
            minigo_vm::type_string(&self.table, ty)
        }
        fn call_string_method(&mut self, v: &Value, name: &str) -> Option<Result<Vec<u8>, Value>> {
            let (ty, _) = v.iface_parts()?;
            let s = minigo_vm::type_string(&self.table, ty);
            match (s.as_str(), name) {
                ("main.E", "Error") => Some(Ok(b"boom".to_vec())),
                ("main.S", "String") => Some(Ok(b"str".to_vec())),
                _ => None,
            }
        }
    }

    fn operands() -> (TypeTable, HashMap<&'static str, Value>) {
        use BasicKind::*;
        let mut t = Types { table: TypeTable::default() };
        let (int, string, f64t, f32t, boolean) = (t.basic(Int), t.basic(String), t.basic(Float64), t.basic(Float32), t.basic(Bool));
        let (u8t, u64t, i32t, c128) = (t.basic(Uint8), t.basic(Uint64), t.basic(Int32), t.basic(Complex128));
        let any = t.add(Type::Interface(vec![]));
        let ints = t.add(Type::Slice(int));
        let bytes = t.add(Type::Slice(u8t));
        let msi = t.add(Type::Map { key: string, value: int });
        let mis = t.add(Type::Map { key: int, value: string });
        let ts = t.add(Type::Struct(vec![Types::field("A", int), Types::field("B", string)]));
        let tt = t.named("T", ts, &[]);
        let ptt = t.add(Type::Pointer(tt));
        let es = t.add(Type::Struct(vec![Types::field("code", int)]));
        let e = t.named("E", es, &["Error"]);
        let st = t.named("S", int, &["String"]);
        let sts = t.add(Type::Slice(st));
        let ps = t.add(Type::Struct(vec![Types::field("X", int), Types::field("y", int)]));
        let p = t.named("P", ps, &[]);
        let arr = t.add(Type::Array { len: 2, elem: boolean });
        let anys = t.add(Type::Slice(any));
        let (i8t, u16t, i64t, c64) = (t.basic(Int8), t.basic(Uint16), t.basic(Int64), t.basic(Complex64));
        let pints = t.add(Type::Pointer(ints));
        let pmsi = t.add(Type::Pointer(msi));
        let runes = t.add(Type::Slice(i32t));
        let strs = t.add(Type::Slice(string));
        let ua = t.add(Type::Array { len: 3, elem: u8t });
        let msti = t.add(Type::Map { key: st, value: int });
        let ns = t.add(Type::Struct(vec![
            Types::field("T", tt),
            Types::field("P", ptt),
            Types::field("M", mis),
            Types::field("L", sts),
            Types::field("I", any),
            Types::field("q", st),
        ]));
        let nt = t.named("N", ns, &[]);

        let iface = |ty: TypeId, v: Value| Value::iface(ty, v);
        let ints_of = |xs: &[i64]| Value::slice(xs.iter().map(|&x| Value::Int(x)).collect());
        let map = |entries: Vec<(Value, Value)>| {
            let m = MapObj::new();
            for (k, v) in entries {
                let key = match &k {
                    Value::Int(i) => minigo_vm::value::Key::Int(*i),
                    Value::Str(s) => minigo_vm::value::Key::Str(s.clone()),
                    _ => unreachable!(),
                };
                m.insert(key, k, v);
            }
            Value::Map(m)
        };
        let mut ops = HashMap::new();
        ops.insert("i", iface(int, Value::Int(42)));
        ops.insert("n", iface(int, Value::Int(-7)));
        ops.insert("w", iface(int, Value::Int(7)));
        ops.insert("pr", iface(int, Value::Int(2)));
        ops.insert("u8", iface(u8t, Value::Int(200)));
        ops.insert("u64", iface(u64t, Value::Int(-1)));
        ops.insert("s", iface(string, Value::str("hi")));
        ops.insert("q", iface(string, Value::str("a\"b\n☺")));
        #[allow(clippy::approx_constant)] // gen_print.go's operand, not π
        ops.insert("f", iface(f64t, Value::Float(3.14159)));
        ops.insert("f32", iface(f32t, Value::Float(0.1f32 as f64)));
        ops.insert("b", iface(boolean, Value::Bool(true)));
        ops.insert("big", iface(f64t, Value::Float(1e21)));
        ops.insert("small", iface(f64t, Value::Float(1e-7)));
        ops.insert("neg0", iface(f64t, Value::Float(0.0)));
        ops.insert("inf", iface(f64t, Value::Float(f64::INFINITY)));
        ops.insert("c", iface(c128, Value::Complex(Arc::new((1.0, -2.5)))));
        ops.insert("sl", iface(ints, ints_of(&[1, 2, 3])));
        ops.insert("nilsl", iface(ints, Value::Nil));
        ops.insert("m", iface(msi, map(vec![(Value::str("b"), Value::Int(2)), (Value::str("a"), Value::Int(1))])));
        ops.insert("nilm", iface(msi, Value::Nil));
        ops.insert("mi", iface(mis, map(vec![(Value::Int(3), Value::str("c")), (Value::Int(1), Value::str("a")), (Value::Int(2), Value::str("b"))])));
        ops.insert("t", iface(tt, Value::agg(vec![Value::Int(1), Value::str("x")])));
        ops.insert("pt", iface(ptt, Value::new_cell(Value::agg(vec![Value::Int(2), Value::str("y")]))));
        ops.insert("bs", iface(bytes, ints_of(&[104, 105])));
        ops.insert("nil", Value::Nil);
        ops.insert("e", iface(e, Value::agg(vec![Value::Int(3)])));
        ops.insert("st", iface(st, Value::Int(5)));
        ops.insert("sts", iface(sts, ints_of(&[1, 2])));
        ops.insert("p", iface(p, Value::agg(vec![Value::Int(1), Value::Int(2)])));
        ops.insert("r", iface(i32t, Value::Int('x' as i64)));
        ops.insert("arr", iface(arr, Value::agg(vec![Value::Bool(true), Value::Bool(false)])));
        ops.insert("any", iface(anys, Value::slice(vec![iface(int, Value::Int(1)), iface(string, Value::str("a")), Value::Nil, iface(f64t, Value::Float(2.5))])));
        ops.insert("z", iface(int, Value::Int(0)));
        ops.insert("i64min", iface(i64t, Value::Int(i64::MIN)));
        ops.insert("i8", iface(i8t, Value::Int(-128)));
        ops.insert("u16", iface(u16t, Value::Int(65535)));
        ops.insert("hs", iface(string, Value::str("héllo, 世界")));
        ops.insert("bin", iface(string, Value::bytes_str(&b"\xff\x00a"[..])));
        ops.insert("ctl", iface(string, Value::str("a\tb`c")));
        ops.insert("f2", iface(f64t, Value::Float(-2.5)));
        ops.insert("nan", iface(f64t, Value::Float(f64::NAN)));
        ops.insert("ninf", iface(f64t, Value::Float(f64::NEG_INFINITY)));
        ops.insert("three", iface(f64t, Value::Float(3.0)));
        ops.insert("c64", iface(c64, Value::Complex(Arc::new((1.0, 2.0)))));
        ops.insert("bigr", iface(i32t, Value::Int(0x1F600)));
        ops.insert("surr", iface(i32t, Value::Int(0xD800)));
        ops.insert("negr", iface(i32t, Value::Int(-1)));
        ops.insert("hugew", iface(int, Value::Int(10_000_000)));
        ops.insert("psl", iface(pints, Value::new_cell(ints_of(&[1, 2]))));
        ops.insert("pm", iface(pmsi, Value::new_cell(map(vec![(Value::str("a"), Value::Int(1))]))));
        ops.insert("nilp", iface(ptt, Value::Nil));
        ops.insert("rs", iface(runes, ints_of(&[104, 233])));
        ops.insert("strs", iface(strs, Value::slice(vec![Value::str("a"), Value::str("b c")])));
        ops.insert("ua", iface(ua, Value::agg(vec![Value::Int(1), Value::Int(2), Value::Int(254)])));
        ops.insert("nbs", iface(bytes, Value::Nil));
        ops.insert("mS", iface(msti, map(vec![(Value::Int(2), Value::Int(1)), (Value::Int(1), Value::Int(2))])));
        let nested = vec![
            Value::agg(vec![Value::Int(1), Value::str("x")]),
            Value::Nil,
            map(vec![(Value::Int(2), Value::str("b")), (Value::Int(1), Value::str("a"))]),
            ints_of(&[1]),
            iface(f64t, Value::Float(2.5)),
            Value::Int(3),
        ];
        ops.insert("nested", iface(nt, Value::agg(nested)));
        (t.table, ops)
    }

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    #[test]
    fn matches_go_fmt() {
        let (table, ops) = operands();
        let mut host = FakeHost { table };
        let mut n = 0;
        let mut failures = Vec::new();
        for line in include_str!("testdata/print.txt").lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let format = unhex(f[1]);
            let args: Vec<Value> = f[2].split(',').map(|name| ops[name].clone()).collect();
            let want = unhex(f[3]);
            let mut p = Printer::new(&mut host);
            match f[0] {
                "f" => p.do_printf(&format, &args),
                "p" => p.do_print(&args),
                _ => p.do_println(&args),
            }
            let got = p.into_bytes();
            if got != want {
                failures.push(format!("mode {} format {:?} args {}\n  got  {:?}\n  want {:?}", f[0], String::from_utf8_lossy(&format), f[2], String::from_utf8_lossy(&got), String::from_utf8_lossy(&want)));
            }
            n += 1;
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert_eq!(n, 81);
    }

    #[test]
    fn errorf_records_wrapped_operands() {
        let (table, ops) = operands();
        let mut host = FakeHost { table };
        let mut p = Printer::for_errorf(&mut host);
        p.do_printf(b"x: %w, %w %v", &[ops["e"].clone(), ops["i"].clone(), ops["e"].clone()]);
        assert_eq!(p.wrapped_errs, vec![0, 1]);
        // Go 1.27: fmt.Errorf("x: %w, %w %v", E{3}, 42, E{3}).Error()
        assert_eq!(String::from_utf8(p.into_bytes()).unwrap(), "x: boom, %!w(int=42) boom");
    }
}
