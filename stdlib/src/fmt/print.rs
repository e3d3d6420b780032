//! The printer behind `fmt.Printf`/`Sprint`/`Sprintln`/`Errorf`. It renders operands —
//! minigo [`Value`]s with their dynamic [`TypeId`]s — verb by verb: a format string is read
//! into pieces by `directive.rs`, each directive is resolved against the operand list
//! here (explicit indexes, `*` widths, the `%!` error forms of the `fmt` documentation),
//! and scalars are handed to the [`Formatter`]. Composite values are walked through the
//! type table; `Error()`/`String()`/`GoString()` methods are called through a [`Host`]
//! (the VM's callback mechanism in production).

use std::cmp::Ordering;

use minigo_types::{BasicKind, Type, TypeId, TypeTable};
use minigo_vm::value::Value;

use super::directive::{Amount, Directive, Index, Piece, Pieces};
use super::format::{Formatter, Spec};
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
struct Operand<'v> {
    ty: Option<TypeId>,
    v: &'v Value,
}

impl<'v> Operand<'v> {
    /// Splits an interface value (an element of `...any`) into its dynamic type and value.
    fn of(v: &'v Value) -> Self {
        match v {
            Value::Iface(ty, inner) => Operand { ty: Some(*ty), v: inner },
            _ => Operand { ty: None, v },
        }
    }

    fn typed(ty: TypeId, v: &'v Value) -> Self {
        Operand { ty: Some(ty), v }
    }
}

/// Which operand the next verb or `*` takes.
struct ArgCursor {
    next: usize,
    count: usize,
    /// An explicit index was written somewhere: unused operands are then not EXTRA.
    indexed: bool,
}

impl ArgCursor {
    /// Moves to an explicit index; false if it is malformed or out of range (the cursor
    /// then stays).
    fn seek(&mut self, index: Option<Index>) -> bool {
        match index {
            None => true,
            Some(Index::Number(n)) if (1..=self.count).contains(&n) => {
                self.next = n - 1;
                true
            }
            Some(_) => false,
        }
    }
}

/// What `print_value` needs of a type's structure, copied out of the type table so the
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
            Type::Named(_) | Type::Tuple(_) | Type::Constraint { .. } => Shape::Unknown,
        }
    }
}

fn is_string_kind(table: &TypeTable, ty: TypeId) -> bool {
    matches!(table.under(ty), Type::Basic(BasicKind::String | BasicKind::UntypedString))
}

/// Formats operands into a byte buffer.
pub struct Printer<'h, H: Host> {
    out: Formatter,
    host: &'h mut H,
    /// `Errorf` is formatting: `%w` takes an error.
    errorf: bool,
    /// Operand indexes of the `%w` verbs, for `Errorf`.
    pub wrapped_errs: Vec<usize>,
    /// Writing the operand of a `%!verb(type=value)`: its methods are not called.
    in_bad_verb: bool,
    /// Writing the panic value of a method: a second panic is not recovered.
    in_panic_report: bool,
    /// That second panic, for the caller to propagate.
    pub panic: Option<Value>,
}

impl<'h, H: Host> Printer<'h, H> {
    pub fn new(host: &'h mut H) -> Self {
        Printer { out: Formatter::default(), host, errorf: false, wrapped_errs: Vec::new(), in_bad_verb: false, in_panic_report: false, panic: None }
    }

    /// A printer for `Errorf`: `%w` verbs record their operand in `wrapped_errs`.
    pub fn for_errorf(host: &'h mut H) -> Self {
        Printer { errorf: true, ..Printer::new(host) }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.out.buf
    }

    fn write(&mut self, s: &[u8]) {
        self.out.buf.extend_from_slice(s);
    }

    fn write_char(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.write(c.encode_utf8(&mut tmp).as_bytes());
    }

    fn write_type(&mut self, ty: TypeId) {
        let s = self.host.type_string(ty);
        self.write(s.as_bytes());
    }

    /// `Sprint`: operands in `%v`, a space between two when neither is a string.
    pub fn sprint(&mut self, args: &[Value]) {
        let mut after_string = false;
        for (i, a) in args.iter().enumerate() {
            let op = Operand::of(a);
            let is_string = op.ty.is_some_and(|t| is_string_kind(self.host.types(), t));
            if i > 0 && !is_string && !after_string {
                self.write(b" ");
            }
            self.operand(op, 'v');
            after_string = is_string;
        }
    }

    /// `Sprintln`: operands in `%v` separated by spaces, and a newline.
    pub fn sprintln(&mut self, args: &[Value]) {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                self.write(b" ");
            }
            self.operand(Operand::of(a), 'v');
        }
        self.write(b"\n");
    }

    /// `Sprintf`.
    pub fn sprintf(&mut self, format: &[u8], args: &[Value]) {
        let mut cursor = ArgCursor { next: 0, count: args.len(), indexed: false };
        for piece in Pieces::new(format) {
            match piece {
                Piece::Text(text) => self.write(text),
                Piece::Directive(d) => self.directive(&d, args, &mut cursor),
            }
        }
        if !cursor.indexed && cursor.next < args.len() {
            self.extra(&args[cursor.next..]);
        }
    }

    /// One directive: its `*` operands, then its verb on the operand the cursor reaches.
    fn directive(&mut self, d: &Directive, args: &[Value], cursor: &mut ArgCursor) {
        self.out.spec = Spec::from_flags(d.flags);
        cursor.indexed |= d.has_index();
        let mut index_ok = !d.misplaced_index & cursor.seek(d.width_index);
        match d.width {
            Amount::Literal(w) => self.out.spec.width = Some(w),
            Amount::Star => match self.star_operand(args, cursor) {
                Some(w) => {
                    let spec = &mut self.out.spec;
                    if w < 0 {
                        spec.minus = true;
                        spec.zero = false;
                    }
                    spec.width = Some(w.unsigned_abs() as usize);
                }
                None => self.write(b"%!(BADWIDTH)"),
            },
            Amount::Unset => {}
        }
        index_ok &= cursor.seek(d.prec_index);
        match d.precision {
            Amount::Literal(p) => self.out.spec.precision = Some(p),
            Amount::Star => match self.star_operand(args, cursor) {
                Some(p) if p >= 0 => self.out.spec.precision = Some(p as usize),
                _ => self.write(b"%!(BADPREC)"),
            },
            Amount::Unset => {}
        }
        index_ok &= cursor.seek(d.verb_index);
        let Some(verb) = d.verb else {
            return self.write(b"%!(NOVERB)");
        };
        if verb == '%' {
            // A literal percent sign takes no operand and ignores width and precision.
            return self.write(b"%");
        }
        if !index_ok {
            return self.verb_error(verb, b"(BADINDEX)");
        }
        let Some(arg) = args.get(cursor.next) else {
            return self.verb_error(verb, b"(MISSING)");
        };
        if verb == 'w' {
            self.wrapped_errs.push(cursor.next);
        }
        if matches!(verb, 'v' | 'w') {
            self.out.spec.for_v();
        }
        self.operand(Operand::of(arg), verb);
        cursor.next += 1;
    }

    /// `%!verb` and what went wrong.
    fn verb_error(&mut self, verb: char, problem: &[u8]) {
        self.write(b"%!");
        self.write_char(verb);
        self.write(problem);
    }

    /// The operand of a `*`, consumed if present: an integer of any kind within ±1e6.
    fn star_operand(&self, args: &[Value], cursor: &mut ArgCursor) -> Option<i64> {
        let arg = args.get(cursor.next)?;
        cursor.next += 1;
        let Operand { ty: Some(ty), v: Value::Int(n) } = Operand::of(arg) else { return None };
        let fits = match self.host.types().under(ty) {
            Type::Basic(k) if k.is_unsigned() => *n >= 0,
            Type::Basic(k) => k.is_integer(),
            _ => false,
        };
        Some(*n).filter(|n| fits && (-1_000_000..=1_000_000).contains(n))
    }

    /// `%!(EXTRA type=value, ...)` for operands no verb used.
    fn extra(&mut self, unused: &[Value]) {
        self.out.spec = Spec::default();
        self.write(b"%!(EXTRA ");
        for (i, v) in unused.iter().enumerate() {
            if i > 0 {
                self.write(b", ");
            }
            self.typed_value(Operand::of(v));
        }
        self.write(b")");
    }

    /// `type=value` in `%v`, or `<nil>` for the nil interface.
    fn typed_value(&mut self, op: Operand<'_>) {
        match op.ty {
            None => self.write(b"<nil>"),
            Some(ty) => {
                self.write_type(ty);
                self.write(b"=");
                self.operand(op, 'v');
            }
        }
    }

    /// `%!verb(type=value)`: the verb does not apply to the operand.
    fn bad_verb(&mut self, op: Option<Operand<'_>>, verb: char) {
        self.in_bad_verb = true;
        self.write(b"%!");
        self.write_char(verb);
        self.write(b"(");
        self.typed_value(op.unwrap_or(Operand { ty: None, v: &Value::Nil }));
        self.write(b")");
        self.in_bad_verb = false;
    }

    /// A top-level operand (an element of `...any`).
    fn operand(&mut self, op: Operand<'_>, verb: char) {
        let Some(ty) = op.ty else {
            match verb {
                'T' | 'v' => self.out.pad(b"<nil>"),
                _ => self.bad_verb(None, verb),
            }
            return;
        };
        match verb {
            'T' => {
                let name = self.host.type_string(ty);
                self.out.string(name.as_bytes());
            }
            'p' => self.pointer(op, verb),
            // An unnamed `[]byte` is printed as bytes without looking for methods, as Go.
            _ if self.is_plain_byte_slice(ty) => self.bytes(byte_slice(op.v).as_deref(), verb, "[]byte", op, 0),
            _ => {
                if !self.methods(op, verb) {
                    self.value(op, verb, 0, false);
                }
            }
        }
    }

    fn is_plain_byte_slice(&self, ty: TypeId) -> bool {
        let types = &self.host.types().types;
        matches!(types[ty.0 as usize], Type::Slice(e) if types[e.0 as usize] == Type::Basic(BasicKind::Uint8))
    }

    /// The method whose result stands for the operand under `verb`, if it has one:
    /// `GoString` for `%#v`, else `Error` or `String` for the string-like verbs.
    fn formatting_method(&self, ty: TypeId, verb: char) -> Option<&'static str> {
        let table = self.host.types();
        if self.out.spec.go_syntax {
            return has_string_method(table, ty, "GoString").then_some("GoString");
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return None;
        }
        ["Error", "String"].into_iter().find(|m| has_string_method(table, ty, m))
    }

    /// Prints the operand through its `Error`/`String`/`GoString` method if one applies;
    /// false if none does.
    fn methods(&mut self, op: Operand<'_>, verb: char) -> bool {
        let Some(ty) = op.ty.filter(|_| !self.in_bad_verb) else { return false };
        let verb = if verb == 'w' {
            if !self.errorf || !has_string_method(self.host.types(), ty, "Error") {
                self.bad_verb(Some(op), verb);
                return true;
            }
            'v'
        } else {
            verb
        };
        let Some(method) = self.formatting_method(ty, verb) else { return false };
        match self.host.call_string_method(&Value::iface(ty, op.v.clone()), method) {
            None => false,
            Some(Ok(s)) if method == "GoString" => {
                self.out.string(&s);
                true
            }
            Some(Ok(s)) => {
                self.string(&s, verb, op);
                true
            }
            Some(Err(panic)) => {
                self.method_panicked(op, verb, method, panic);
                true
            }
        }
    }

    /// A method that panicked prints `%!v(PANIC=String method: value)`, or `<nil>` when
    /// the receiver is a nil pointer.
    fn method_panicked(&mut self, op: Operand<'_>, verb: char, method: &str, panic: Value) {
        let nil_pointer = op.v.is_nil() && op.ty.is_some_and(|t| matches!(self.host.types().types[t.0 as usize], Type::Pointer(_)));
        if nil_pointer {
            return self.write(b"<nil>");
        }
        if self.in_panic_report {
            self.panic.get_or_insert(panic);
            return;
        }
        let spec = std::mem::take(&mut self.out.spec);
        self.write(b"%!");
        self.write_char(verb);
        self.write(b"(PANIC=");
        self.write(method.as_bytes());
        self.write(b" method: ");
        self.in_panic_report = true;
        self.operand(Operand::of(&panic), 'v');
        self.in_panic_report = false;
        self.write(b")");
        self.out.spec = spec;
    }

    fn boolean(&mut self, v: bool, verb: char, op: Operand<'_>) {
        match verb {
            't' | 'v' => self.out.boolean(v),
            _ => self.bad_verb(Some(op), verb),
        }
    }

    /// `v` in hex with (`with_0x`) or without the `0x` prefix, whatever the `#` flag says.
    fn hex(&mut self, v: u64, with_0x: bool) {
        let sharp = std::mem::replace(&mut self.out.spec.sharp, with_0x);
        self.out.integer(v, false, 'x');
        self.out.spec.sharp = sharp;
    }

    /// An integer given by its 64 bits; `signed` says how to read them.
    fn integer(&mut self, bits: u64, signed: bool, verb: char, op: Operand<'_>) {
        let negative = signed && (bits as i64) < 0;
        let magnitude = if negative { (bits as i64).unsigned_abs() } else { bits };
        match verb {
            'v' if self.out.spec.go_syntax && !signed => self.hex(bits, true),
            'v' | 'd' | 'b' | 'o' | 'O' | 'x' | 'X' => self.out.integer(magnitude, negative, verb),
            'c' => self.out.char(bits),
            'q' => self.out.quoted_char(bits),
            'U' => self.out.unicode(bits),
            _ => self.bad_verb(Some(op), verb),
        }
    }

    /// A float of `bits` 32 or 64: `%v` is the shortest `%g`; `%e %f %F` default to six
    /// decimals.
    fn float(&mut self, v: f64, bits: u32, verb: char, op: Operand<'_>) {
        let (format, default_prec) = match verb {
            'v' => ('g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => (verb, -1),
            'f' | 'e' | 'E' => (verb, 6),
            'F' => ('f', 6),
            _ => return self.bad_verb(Some(op), verb),
        };
        self.out.float(v, bits, format, default_prec);
    }

    /// `(re±imi)`: both parts as floats of half the size, the imaginary one always signed.
    fn complex(&mut self, (re, im): (f64, f64), bits: u32, verb: char, op: Operand<'_>) {
        if !matches!(verb, 'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E') {
            return self.bad_verb(Some(op), verb);
        }
        self.write(b"(");
        self.float(re, bits / 2, verb, op);
        let plus = std::mem::replace(&mut self.out.spec.plus, true);
        self.float(im, bits / 2, verb, op);
        self.out.spec.plus = plus;
        self.write(b"i)");
    }

    fn string(&mut self, s: &[u8], verb: char, op: Operand<'_>) {
        match verb {
            'v' if self.out.spec.go_syntax => self.out.quoted(s),
            'v' | 's' => self.out.string(s),
            'x' | 'X' => self.out.hex_bytes(s, verb == 'X'),
            'q' => self.out.quoted(s),
            _ => self.bad_verb(Some(op), verb),
        }
    }

    /// A byte slice or array (`bytes` is `None` for a nil slice): text for `%s %q %x %X`,
    /// a list of numbers for `%v %d`, elements under any other verb.
    fn bytes(&mut self, bytes: Option<&[u8]>, verb: char, type_name: &str, op: Operand<'_>, depth: usize) {
        let v = bytes.unwrap_or(&[]);
        match verb {
            's' | 'q' | 'x' | 'X' => self.string(v, verb, op),
            'v' | 'd' if self.out.spec.go_syntax => {
                self.write(type_name.as_bytes());
                if bytes.is_none() {
                    return self.write(b"(nil)");
                }
                self.write(b"{");
                for (i, &b) in v.iter().enumerate() {
                    if i > 0 {
                        self.write(b", ");
                    }
                    self.hex(b.into(), true);
                }
                self.write(b"}");
            }
            'v' | 'd' => {
                self.write(b"[");
                for (i, &b) in v.iter().enumerate() {
                    if i > 0 {
                        self.write(b" ");
                    }
                    self.out.integer(b.into(), false, verb);
                }
                self.write(b"]");
            }
            _ => self.elements(op, verb, depth),
        }
    }

    /// Pointers, and the reference kinds under `%p`: an address in hex.
    fn pointer(&mut self, op: Operand<'_>, verb: char) {
        let addressable = op.ty.is_some_and(|ty| {
            matches!(self.host.types().under(ty), Type::Pointer(_) | Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) | Type::Basic(BasicKind::UnsafePointer))
        });
        let (Some(ty), true) = (op.ty, addressable) else { return self.bad_verb(Some(op), verb) };
        let addr = op.v.address() as u64;
        match verb {
            'v' if self.out.spec.go_syntax => {
                self.write(b"(");
                self.write_type(ty);
                self.write(b")(");
                match addr {
                    0 => self.write(b"nil"),
                    _ => self.hex(addr, true),
                }
                self.write(b")");
            }
            'v' if addr == 0 => self.out.pad(b"<nil>"),
            'v' | 'p' => {
                let with_0x = !self.out.spec.sharp;
                self.hex(addr, with_0x);
            }
            'b' | 'o' | 'd' | 'x' | 'X' => self.integer(addr, false, verb, op),
            _ => self.bad_verb(Some(op), verb),
        }
    }

    /// A value reached by walking the operand (`depth` > 0) or the operand itself when it
    /// has no applicable method. `hidden`: reached through an unexported field, so methods
    /// are not called (Go's reflection cannot).
    fn value(&mut self, op: Operand<'_>, verb: char, depth: usize, hidden: bool) {
        if depth > 0 && !hidden && self.methods(op, verb) {
            return;
        }
        if depth > MAX_DEPTH {
            return self.write(b"...");
        }
        let Some(ty) = op.ty else {
            match (depth, verb) {
                (0, _) => self.write(b"<invalid reflect.Value>"),
                (_, 'v') => self.write(b"<nil>"),
                _ => self.bad_verb(None, verb),
            }
            return;
        };
        let v = op.v;
        match Shape::of(self.host.types().under(ty)) {
            Shape::Basic(k) => self.basic(k, op, verb),
            Shape::Map { key, value } => self.map(op, ty, (key, value), verb, depth, hidden),
            Shape::Struct(n) => self.structure(op, ty, n, verb, depth, hidden),
            Shape::Interface => match v {
                Value::Iface(dynamic, inner) => self.value(Operand::typed(*dynamic, inner), verb, depth + 1, hidden),
                _ if self.out.spec.go_syntax => {
                    self.write_type(ty);
                    self.write(b"(nil)");
                }
                _ => self.write(b"<nil>"),
            },
            Shape::Elems(elem) => {
                let byte_elems = matches!(self.host.types().under(elem), Type::Basic(BasicKind::Uint8));
                if byte_elems && matches!(verb, 's' | 'q' | 'x' | 'X') {
                    let name = self.host.type_string(ty);
                    let bytes = byte_slice(v).unwrap_or_default();
                    self.bytes(Some(&bytes), verb, &name, op, depth);
                } else {
                    self.elements(op, verb, depth);
                }
            }
            Shape::Pointer(elem) => {
                // At the top level, a pointer to a composite prints as `&` and its target.
                let target = if depth == 0 { v.deref() } else { None };
                match target {
                    Some(t) if matches!(self.host.types().under(elem), Type::Array { .. } | Type::Slice(_) | Type::Struct(_) | Type::Map { .. }) => {
                        self.write(b"&");
                        self.value(Operand::typed(elem, &t), verb, depth + 1, hidden);
                    }
                    _ => self.pointer(op, verb),
                }
            }
            Shape::Reference => self.pointer(op, verb),
            Shape::Unknown => {
                self.write(b"?");
                self.write_type(ty);
                self.write(b"?");
            }
        }
    }

    fn basic(&mut self, kind: BasicKind, op: Operand<'_>, verb: char) {
        let v = op.v;
        match kind {
            BasicKind::Bool | BasicKind::UntypedBool => self.boolean(v.as_bool(), verb, op),
            BasicKind::Float32 => self.float(v.as_float(), 32, verb, op),
            BasicKind::Float64 | BasicKind::UntypedFloat => self.float(v.as_float(), 64, verb, op),
            BasicKind::Complex64 | BasicKind::Complex128 => {
                let parts = match v {
                    Value::Complex(c) => **c,
                    _ => (0.0, 0.0),
                };
                self.complex(parts, if kind == BasicKind::Complex64 { 64 } else { 128 }, verb, op)
            }
            BasicKind::String | BasicKind::UntypedString => self.string(v.as_bytes(), verb, op),
            BasicKind::UnsafePointer => self.pointer(op, verb),
            k => self.integer(v.as_int() as u64, !k.is_unsigned(), verb, op),
        }
    }

    /// Writes `open`, the items through `item` separated by `sep`, and `close`.
    fn list<T>(&mut self, items: &[T], (open, sep, close): (&[u8], &[u8], &[u8]), mut item: impl FnMut(&mut Self, &T)) {
        self.write(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.write(sep);
            }
            item(self, x);
        }
        self.write(close);
    }

    /// Go-syntax (`T{a, b}`) or plain (`[a b]`) brackets for a composite of type `ty`.
    fn brackets(&mut self, ty: TypeId, plain_open: &'static [u8], plain_close: &'static [u8]) -> (&'static [u8], &'static [u8], &'static [u8]) {
        if self.out.spec.go_syntax {
            self.write_type(ty);
            (b"{", b", ", b"}")
        } else {
            (plain_open, b" ", plain_close)
        }
    }

    /// `map[k:v k:v]` in key order, or `map[K]V{k:v, k:v}` for `%#v`.
    fn map(&mut self, op: Operand<'_>, ty: TypeId, (key, value): (TypeId, TypeId), verb: char, depth: usize, hidden: bool) {
        let marks = self.brackets(ty, b"map[", b"]");
        if self.out.spec.go_syntax && op.v.is_nil() {
            return self.write(b"(nil)");
        }
        let mut entries = match op.v {
            Value::Map(m) => m.entries(),
            _ => Vec::new(),
        };
        let table = self.host.types();
        entries.sort_by(|a, b| compare(table, key, &a.1, &b.1));
        self.list(&entries, marks, |p, (_, k, e)| {
            p.value(Operand::typed(key, k), verb, depth + 1, hidden);
            p.write(b":");
            p.value(Operand::typed(value, e), verb, depth + 1, hidden);
        });
    }

    /// `{a b}`, `{A:a B:b}` for `%+v`, `T{A:a, B:b}` for `%#v`.
    fn structure(&mut self, op: Operand<'_>, ty: TypeId, n: usize, verb: char, depth: usize, hidden: bool) {
        let marks = self.brackets(ty, b"{", b"}");
        let slots = match op.v {
            Value::Agg(o) => o.to_vec(),
            _ => Vec::new(),
        };
        let named = self.out.spec.field_names || self.out.spec.go_syntax;
        let fields: Vec<usize> = (0..n).collect();
        self.list(&fields, marks, |p, &i| {
            let Type::Struct(fields) = p.host.types().under(ty) else { return };
            let (fty, exported) = (fields[i].ty, fields[i].exported);
            if named {
                let name = fields[i].name.clone();
                p.write(name.as_bytes());
                p.write(b":");
            }
            let slot = slots.get(i).cloned().unwrap_or_default();
            p.value(Operand::typed(fty, &slot), verb, depth + 1, hidden || !exported);
        });
    }

    /// The elements of an array or slice: `[a b]`, or `[]T{a, b}` for `%#v`.
    fn elements(&mut self, op: Operand<'_>, verb: char, depth: usize) {
        let Some(ty) = op.ty else { return };
        let (elem, is_slice) = match self.host.types().under(ty) {
            Type::Array { elem, .. } => (*elem, false),
            Type::Slice(elem) => (*elem, true),
            _ => return,
        };
        let marks = self.brackets(ty, b"[", b"]");
        if self.out.spec.go_syntax && is_slice && op.v.is_nil() {
            return self.write(b"(nil)");
        }
        let elems = match op.v {
            Value::Agg(o) => o.to_vec(),
            v => v.slice_to_vec(),
        };
        self.list(&elems, marks, |p, e| p.value(Operand::typed(elem, e), verb, depth + 1, false));
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

/// fmtsort's order of floats: NaNs first, then by value.
fn float_order(x: f64, y: f64) -> Ordering {
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}

/// Go's `internal/fmtsort` order of map keys of type `ty`.
fn compare(table: &TypeTable, ty: TypeId, a: &Value, b: &Value) -> Ordering {
    match table.under(ty) {
        Type::Basic(k) if k.is_unsigned() => (a.as_int() as u64).cmp(&(b.as_int() as u64)),
        Type::Basic(k) if k.is_float() => float_order(a.as_float(), b.as_float()),
        Type::Basic(BasicKind::Complex64 | BasicKind::Complex128) => {
            let parts = |v: &Value| match v {
                Value::Complex(c) => **c,
                _ => (0.0, 0.0),
            };
            let (x, y) = (parts(a), parts(b));
            float_order(x.0, y.0).then(float_order(x.1, y.1))
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
        _ => a.address().cmp(&b.address()),
    }
}

fn agg_slots(v: &Value) -> Vec<Value> {
    match v {
        Value::Agg(o) => o.to_vec(),
        _ => Vec::new(),
    }
}


#[cfg(test)]
#[path = "print_tests.rs"]
mod tests;
