//! The instruction set and the compiled [`Module`].
//!
//! Register machine: every function has a fixed window of `nregs` registers on its
//! goroutine's value stack; parameters occupy the first registers. A call names the first
//! register `a` of a block holding the arguments; the callee's window starts there (for a
//! func value in `a`, at `a + 1`, or at `a` with the bound receiver written in), and the
//! results are written back starting at `a`. Instructions are typed by the compiler from the
//! checker's types: `AddInt` vs `AddFloat`, `LtInt` vs `LtUint`; narrow integer results are
//! normalised by `Wrap`.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use minigo_parser::ast::LineIndex;
use minigo_types::{BasicKind, Type, TypeId, TypeTable};
use parking_lot::RwLock;

use crate::native::Native;
use crate::packed::ScalarKind;
use crate::value::{Callee, Value};

/// A register index in the current frame's window.
pub type Reg = u16;

/// "No register" for optional operands (`Slice` bounds).
pub const NO_REG: Reg = Reg::MAX;

/// An integer width to wrap a 64-bit result to (sign- or zero-extended).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

impl Width {
    /// The wrap needed after arithmetic on `kind`, if it is narrower than 64 bits.
    pub fn of(kind: BasicKind) -> Option<Width> {
        use BasicKind::*;
        Some(match kind {
            Int8 => Width::I8,
            Int16 => Width::I16,
            Int32 | UntypedRune => Width::I32,
            Uint8 => Width::U8,
            Uint16 => Width::U16,
            Uint32 => Width::U32,
            _ => return None,
        })
    }
    #[inline]
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            Width::I8 => v as i8 as i64,
            Width::I16 => v as i16 as i64,
            Width::I32 => v as i32 as i64,
            Width::U8 => v as u8 as i64,
            Width::U16 => v as u16 as i64,
            Width::U32 => v as u32 as i64,
        }
    }
}

/// The operation of an [`Instr::Cplx`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CplxOp {
    Add,
    Sub,
    Mul,
    Div,
    Neg,
    /// `complex(a, b)` of two floats.
    Make,
    Real,
    Imag,
    /// A conversion between complex types.
    Convert,
}

/// How the builtin `print`/`println` formats an argument of a static type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintKind {
    Int,
    Uint,
    Float,
    Float32,
    Complex,
    Complex64,
    Bool,
    Str,
    /// Pointers, chans, maps, funcs, slices: an address in hex.
    Pointer,
    /// Interfaces: `(0x..,0x..)`.
    Iface,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Move { dst: Reg, src: Reg },
    /// `dst = copy of src` for a struct or array (a fresh object).
    Copy { dst: Reg, src: Reg },
    LoadConst { dst: Reg, k: u32 },
    LoadInt { dst: Reg, v: i32 },
    LoadNil { dst: Reg },
    LoadGlobal { dst: Reg, g: u32 },
    StoreGlobal { g: u32, src: Reg },
    AddrGlobal { dst: Reg, g: u32 },
    /// Slot `idx` of the running closure's environment (a cell pointer or bound receiver).
    LoadEnv { dst: Reg, idx: u16 },

    AddInt { dst: Reg, a: Reg, b: Reg },
    AddIntImm { dst: Reg, a: Reg, imm: i16 },
    SubInt { dst: Reg, a: Reg, b: Reg },
    MulInt { dst: Reg, a: Reg, b: Reg },
    DivInt { dst: Reg, a: Reg, b: Reg },
    RemInt { dst: Reg, a: Reg, b: Reg },
    /// `a op imm` with a signed integer constant that fits in 32 bits, held in the
    /// instruction instead of a register (`imm` is never 0 for the divisions).
    MulIntImm { dst: Reg, a: Reg, imm: i32 },
    DivIntImm { dst: Reg, a: Reg, imm: i32 },
    RemIntImm { dst: Reg, a: Reg, imm: i32 },
    AndImm { dst: Reg, a: Reg, imm: i32 },
    DivUint { dst: Reg, a: Reg, b: Reg },
    RemUint { dst: Reg, a: Reg, b: Reg },
    And { dst: Reg, a: Reg, b: Reg },
    Or { dst: Reg, a: Reg, b: Reg },
    Xor { dst: Reg, a: Reg, b: Reg },
    AndNot { dst: Reg, a: Reg, b: Reg },
    /// Shift by an unsigned count in `b` (a signed count is checked by `CheckShift`).
    Shl { dst: Reg, a: Reg, b: Reg },
    ShrInt { dst: Reg, a: Reg, b: Reg },
    ShrUint { dst: Reg, a: Reg, b: Reg },
    /// Panics `negative shift amount` if the signed count in `src` is negative.
    CheckShift { src: Reg },
    NegInt { dst: Reg, src: Reg },
    Compl { dst: Reg, src: Reg },
    Not { dst: Reg, src: Reg },
    /// `dst = src` truncated to `width` bits and sign- or zero-extended back (integer
    /// conversions, and arithmetic on narrow kinds with `src == dst`).
    Wrap { dst: Reg, src: Reg, width: Width },

    AddFloat { dst: Reg, a: Reg, b: Reg },
    SubFloat { dst: Reg, a: Reg, b: Reg },
    MulFloat { dst: Reg, a: Reg, b: Reg },
    DivFloat { dst: Reg, a: Reg, b: Reg },
    NegFloat { dst: Reg, src: Reg },
    /// The builtins `min` and `max` on floats: a NaN operand wins, and `-0` is below `+0`.
    MinFloat { dst: Reg, a: Reg, b: Reg },
    MaxFloat { dst: Reg, a: Reg, b: Reg },
    RoundF32 { dst: Reg },
    /// Complex arithmetic and parts (`interp/complex.rs`): `dst = a op b`, `b` unused by the
    /// one-operand ops; `single` rounds each part of the result to float32 (complex64).
    Cplx { op: CplxOp, single: bool, dst: Reg, a: Reg, b: Reg },

    EqInt { dst: Reg, a: Reg, b: Reg },
    NeInt { dst: Reg, a: Reg, b: Reg },
    LtInt { dst: Reg, a: Reg, b: Reg },
    LeInt { dst: Reg, a: Reg, b: Reg },
    LtUint { dst: Reg, a: Reg, b: Reg },
    LeUint { dst: Reg, a: Reg, b: Reg },
    /// Comparisons of an integer with a constant (ordered ones for signed integers only).
    EqIntImm { dst: Reg, a: Reg, imm: i32 },
    NeIntImm { dst: Reg, a: Reg, imm: i32 },
    LtIntImm { dst: Reg, a: Reg, imm: i32 },
    LeIntImm { dst: Reg, a: Reg, imm: i32 },
    GtIntImm { dst: Reg, a: Reg, imm: i32 },
    GeIntImm { dst: Reg, a: Reg, imm: i32 },
    EqFloat { dst: Reg, a: Reg, b: Reg },
    NeFloat { dst: Reg, a: Reg, b: Reg },
    LtFloat { dst: Reg, a: Reg, b: Reg },
    LeFloat { dst: Reg, a: Reg, b: Reg },
    EqStr { dst: Reg, a: Reg, b: Reg },
    NeStr { dst: Reg, a: Reg, b: Reg },
    LtStr { dst: Reg, a: Reg, b: Reg },
    LeStr { dst: Reg, a: Reg, b: Reg },
    /// Go `==` on any comparable type (structs, arrays, interfaces, pointers, ...).
    Eq { dst: Reg, a: Reg, b: Reg },
    Ne { dst: Reg, a: Reg, b: Reg },
    /// Fused compare-and-branch for loop and `if` conditions: jump unless `a < b`.
    JumpIfNotLtInt { a: Reg, b: Reg, target: u32 },
    /// Jump unless `a <= b`.
    JumpIfNotLeInt { a: Reg, b: Reg, target: u32 },
    /// `if !(a < imm) goto target`: a comparison with a constant, fused with its `LoadInt`.
    JumpIfNotLtIntImm { a: Reg, imm: i32, target: u32 },
    /// `if !(a <= imm) goto target`.
    JumpIfNotLeIntImm { a: Reg, imm: i32, target: u32 },

    Concat { dst: Reg, a: Reg, b: Reg },
    /// `len` of a string, slice, array, map or channel.
    Len { dst: Reg, src: Reg },
    Cap { dst: Reg, src: Reg },
    StrIndex { dst: Reg, s: Reg, i: Reg },
    /// Decodes the rune at byte `i` of `s`: `dst` = rune, `dst+1` = its width (invalid: U+FFFD, 1).
    StrDecode { dst: Reg, s: Reg, i: Reg },

    IntToFloat { dst: Reg, src: Reg },
    UintToFloat { dst: Reg, src: Reg },
    FloatToInt { dst: Reg, src: Reg },
    FloatToUint { dst: Reg, src: Reg },
    /// `string(rune)`.
    RuneToStr { dst: Reg, src: Reg },
    BytesToStr { dst: Reg, src: Reg },
    StrToBytes { dst: Reg, src: Reg },
    RunesToStr { dst: Reg, src: Reg },
    StrToRunes { dst: Reg, src: Reg },

    /// A struct or array from registers `start..start+n` (values already copied).
    MakeAgg { dst: Reg, start: Reg, n: u16 },
    Field { dst: Reg, obj: Reg, idx: u16 },
    SetField { obj: Reg, idx: u16, src: Reg },
    AddrField { dst: Reg, obj: Reg, idx: u16 },
    /// `p.f` with `p` a pointer to a struct: field `idx` of the pointee (nil panics).
    PtrField { dst: Reg, ptr: Reg, idx: u16 },
    /// `p.f = src` through a pointer; the nil check comes after the right side, as gc's.
    SetPtrField { ptr: Reg, idx: u16, src: Reg },
    /// Element of an array (Agg) or slice, bounds-checked.
    Index { dst: Reg, x: Reg, i: Reg },
    SetIndex { x: Reg, i: Reg, src: Reg },
    /// `x[i][j]` of a slice of slices of a basic type, without copying the inner slice
    /// header (emitted only when `j` is free of side effects).
    Index2 { dst: Reg, x: Reg, i: Reg, j: Reg },
    /// Panics if `i` is out of range of the slice, array or string `x` (the left side of
    /// a tuple assignment, checked before the right side is read).
    CheckIndex { x: Reg, i: Reg },
    /// `src == nil` (`eq`) or `src != nil`: every nil of a reference kind is `Value::Nil`
    /// (an interface holding a typed nil pointer is not).
    IsNil { dst: Reg, src: Reg, eq: bool },
    /// `x[i][j] = src`, the store half of `x[i][j] op= v` and `x[i][j]++` after an
    /// `Index2` load (the compiler emits it only when nothing between can change `x[i]`).
    SetIndex2 { x: Reg, i: Reg, j: Reg, src: Reg },
    /// `p.f[i]` with `p` a pointer to a struct and `f` a slice or array field, read in
    /// place: the field's slice header is not copied into a register. Emitted only when
    /// `i` is free of side effects. A nil `p` panics before the index is checked.
    PtrFieldIndex { dst: Reg, ptr: Reg, idx: u16, i: Reg },
    /// `p.f[i] = src` for a field `f` whose elements are of a basic type, the header read
    /// at the store (after the right side, as gc reads it), then the nil and bounds checks.
    SetPtrFieldIndex { ptr: Reg, idx: u16, i: Reg, src: Reg },
    AddrIndex { dst: Reg, x: Reg, i: Reg },
    /// `*p`; nil panics.
    Deref { dst: Reg, ptr: Reg },
    Store { ptr: Reg, src: Reg },
    /// A pointer to a fresh cell holding `src`.
    NewCell { dst: Reg, src: Reg },
    /// Panics with a nil dereference if `src` is nil (`p.f` on a nil pointer to struct).
    CheckNil { src: Reg },

    /// `make([]T, len, cap)`; `zero` is a constant holding T's zero value.
    MakeSlice { dst: Reg, len: Reg, cap: Reg, elem: u32 },
    /// A slice of exactly the `n` values in `start..start+n` (variadic arguments).
    SliceOf { dst: Reg, start: Reg, n: u16 },
    /// `x[lo:hi:max]` of a string, slice, array or pointer to array; absent bounds are `NO_REG`.
    SliceExpr { dst: Reg, x: Reg, lo: Reg, hi: Reg, max: Reg },
    /// `append(s, regs[start..start+n]...)`; `elem` indexes `Func::elems`.
    Append { dst: Reg, s: Reg, start: Reg, n: u16, elem: u32 },
    /// `append(s, t...)` with `t` a slice or string.
    AppendSlice { dst: Reg, s: Reg, t: Reg, elem: u32 },
    CopySlice { dst: Reg, to: Reg, from: Reg },

    MakeMap { dst: Reg },
    /// `dst = m[k]` (the zero constant if absent); with `ok`, `dst+1` = found.
    MapIndex { dst: Reg, m: Reg, k: Reg, zero: u32, ok: bool },
    MapSet { m: Reg, k: Reg, src: Reg },
    MapDelete { m: Reg, k: Reg },
    /// A snapshot of a map's entries as one slice `[k0, v0, k1, v1, ...]` (for `range`).
    MapEntries { dst: Reg, m: Reg },
    /// `clear(m)` or `clear(s)` (`elem` indexes `Func::elems` for a slice).
    Clear { x: Reg, elem: u32 },

    /// A closure of Go function `func` capturing registers `start..start+n`.
    Closure { dst: Reg, func: u32, start: Reg, n: u16 },
    /// A method value: the func constant `k` bound to receiver `recv`.
    BindMethod { dst: Reg, recv: Reg, k: u32 },
    /// A method value of an interface's dynamic method `Module::method_names[name]`.
    BindIface { dst: Reg, src: Reg, name: u32 },
    Call { a: Reg, func: u32 },
    CallNative { a: Reg, native: u32, nargs: u16 },
    /// Calls the func value in `a` with args `a+1..a+1+nargs`.
    CallValue { a: Reg, nargs: u16 },
    /// Calls method `Module::method_names[name]` on the interface value in `a`, args after it.
    CallIface { a: Reg, name: u32, nargs: u16 },
    Return { start: Reg, n: u16 },
    /// Return the function's result variables (after running deferred calls).
    ReturnResults,

    ToIface { dst: Reg, src: Reg, ty: u32 },
    /// `x.(T)` for a concrete `T` (`Func::asserts[assert]`); with `ok`, `dst+1` = success
    /// and no panic.
    AssertType { dst: Reg, src: Reg, assert: u32, ok: bool },
    /// `x.(I)` for an interface `I`.
    AssertIface { dst: Reg, src: Reg, assert: u32, ok: bool },

    Jump { target: u32 },
    JumpIfFalse { cond: Reg, target: u32 },
    JumpIfTrue { cond: Reg, target: u32 },
    Safepoint,
    /// A loop back-edge: a safepoint, then jump.
    Loop { target: u32 },
    /// The back-edge of a loop whose condition is an integer comparison, tested at the
    /// bottom: `if a < b`, a safepoint, then jump (else fall out of the loop).
    LoopLt { a: Reg, b: Reg, target: u32 },
    LoopLtImm { a: Reg, imm: i32, target: u32 },
    LoopLe { a: Reg, b: Reg, target: u32 },
    LoopLeImm { a: Reg, imm: i32, target: u32 },
    /// `a += step`, then `LoopLt`: a counted loop's increment and back-edge in one (the
    /// `i++` of a `for` loop, the hidden index of a `range`).
    IncLoopLt { a: Reg, b: Reg, step: i16, target: u32 },
    IncLoopLtImm { a: Reg, step: i16, imm: i32, target: u32 },

    Panic { src: Reg },
    Recover { dst: Reg },
    /// Defers the func value in `f` with args `a..a+nargs`.
    Defer { f: Reg, a: Reg, nargs: u16 },
    /// `Defer` on the frame whose `FrameToken` is in `frame` (a range-over-func loop body
    /// defers on its enclosing function's frame).
    DeferAt { frame: Reg, f: Reg, a: Reg, nargs: u16 },
    /// `dst` = a token naming the current frame, for `DeferAt`.
    FrameToken { dst: Reg },
    /// Starts a goroutine running the func value in `f` with args `a..a+nargs`.
    Go { f: Reg, a: Reg, nargs: u16 },

    MakeChan { dst: Reg, cap: Reg },
    Send { ch: Reg, src: Reg },
    /// `dst = <-ch`; with `ok`, `dst+1` = not closed.
    Recv { dst: Reg, ch: Reg, ok: bool, zero: u32 },
    Close { ch: Reg },
    /// A `select`: `Func::selects[sel]`; writes the chosen case index to `dst`.
    Select { dst: Reg, sel: u32 },

    Print { src: Reg, kind: PrintKind },
    PrintSpace,
    PrintNewline,
}

/// One case of a compiled `select`.
#[derive(Clone, Debug)]
pub enum SelectCase {
    Send { ch: Reg, val: Reg },
    /// `dst` gets the value, `dst+1` ok (when `ok`); `zero` is the element's zero constant.
    Recv { ch: Reg, dst: Reg, ok: bool, zero: u32 },
}

#[derive(Clone, Debug)]
pub struct Select {
    pub cases: Vec<SelectCase>,
    pub has_default: bool,
}

/// A type assertion's operands: the asserted type, the operand's static (interface) type
/// for the panic message, and the zero value of the asserted type for the comma-ok form.
#[derive(Clone, Debug)]
pub struct AssertInfo {
    pub ty: TypeId,
    pub src_ty: TypeId,
    pub zero: Value,
}

/// A slice element type, for `append` and `clear`: its zero value and size in bytes
/// (for Go's capacity growth).
#[derive(Clone, Debug)]
pub struct ElemInfo {
    pub zero: Value,
    /// Backing arrays of this element type are packed (`packed.rs`).
    pub packed: Option<ScalarKind>,
    pub size: u32,
    /// The slice does not escape its function: its first growth gets Go's 32-byte stack
    /// buffer.
    pub local: bool,
}

/// Where a function's result variable lives, for `ReturnResults`.
#[derive(Clone, Copy, Debug)]
pub struct ResultSlot {
    pub reg: Reg,
    /// The register holds a cell pointer (the result was captured by a closure).
    pub cell: bool,
}

/// A compiled function.
pub struct Func {
    /// Go's name for tracebacks: `main.f`, `main.T.M`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub nparams: u16,
    pub nresults: u16,
    pub nregs: u16,
    pub code: Vec<Instr>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub selects: Vec<Select>,
    pub asserts: Vec<AssertInfo>,
    pub elems: Vec<ElemInfo>,
    pub results: Vec<ResultSlot>,
    /// Index into `Module::files`.
    pub file: u32,
    /// For the call at each pc, `kills[i - 1]` when it is `i > 0`: the caller's registers
    /// dead after the call, cleared before it runs (`compile/liveness.rs`). Empty when no
    /// call clears anything.
    pub kill_at: Vec<u32>,
    pub kills: Vec<Box<[Reg]>>,
}

/// A native as linked into a module.
#[derive(Clone)]
pub struct NativeEntry {
    /// `pkg.Name` for messages.
    pub name: String,
    pub native: Native,
}

/// A source file, for tracebacks.
pub struct SourceFile {
    pub name: String,
    pub lines: LineIndex,
}

/// How a dynamic method call reaches its implementation from a value of some type.
#[derive(Clone, Debug)]
pub struct MethodTarget {
    /// Embedded-field path from the value to the receiver.
    pub path: Vec<(u16, bool)>,
    pub callee: Callee,
    /// The method wants a pointer receiver.
    pub ptr_recv: bool,
    /// Its signature (without receiver), to match interface methods exactly.
    pub sig: TypeId,
    /// The path ends at an embedded interface: dispatch again on its dynamic type.
    pub via_iface: bool,
}

/// A dynamic type's method table (Go's itab, but one per type for all the method names
/// used dynamically): by method number, how to call it, or `None` when the type has no
/// such method.
pub(crate) type MethodTable = Box<[Option<MethodTarget>]>;

/// A compiled program.
pub struct Module {
    pub types: TypeTable,
    pub funcs: Vec<Arc<Func>>,
    pub natives: Vec<NativeEntry>,
    pub files: Vec<SourceFile>,
    /// Package-level variables: names (for messages) and zero values.
    pub globals: Vec<(String, Value)>,
    /// Runs package initialisation then `main.main`.
    pub entry: u32,
    /// Method names used in dynamic calls (`CallIface`, `BindIface`), by index.
    pub method_names: Vec<String>,
    pub(crate) method_ids: HashMap<String, u32>,
    /// `Callee` of every declared method, by (receiver named type index, method index).
    pub methods: HashMap<(u32, usize), Callee>,
    /// By dynamic type, built on the type's first dynamic call: lookups take no lock.
    pub(crate) method_tables: Box<[OnceLock<MethodTable>]>,
    /// Whether a dynamic type implements an interface type, for assertions.
    pub(crate) implements_cache: RwLock<HashMap<(TypeId, TypeId), Option<String>>>,
    /// Dynamic types of the VM's own panics, as Go names them: `runtime.plainError`
    /// (messages without prefix), `runtime.boundsError`, `runtime.runtimeError`
    /// (arithmetic), `runtime.errorString` (the rest).
    pub(crate) runtime_error_tys: [TypeId; 4],
    /// `*runtime.PanicNilError`, what `panic(nil)` panics with.
    pub(crate) panic_nil_ty: TypeId,
    pub(crate) basic_ids: HashMap<BasicKind, TypeId>,
}

impl Module {
    pub(crate) fn basic_type(&self, kind: BasicKind) -> TypeId {
        self.basic_ids.get(&kind).copied().unwrap_or(TypeId(0))
    }
    /// A `runtime.Error` value carrying `msg` (printed as `runtime error: msg`).
    pub(crate) fn runtime_error(&self, msg: &str) -> Value {
        let kind = if msg.starts_with("index out of range") || msg.starts_with("slice bounds out of range") {
            1
        } else if msg.starts_with("integer divide") || msg.starts_with("negative shift") {
            2
        } else {
            3
        };
        Value::iface(self.runtime_error_tys[kind], Value::str(&format!("runtime error: {msg}")))
    }
    /// A `runtime.Error` whose text has no `runtime error: ` prefix (`assignment to entry
    /// in nil map`, `send on closed channel`, `interface conversion: ...`).
    pub(crate) fn runtime_error_plain(&self, text: &str) -> Value {
        Value::iface(self.runtime_error_tys[0], Value::str(text))
    }
    /// The value `panic(nil)` panics with (Go 1.21+).
    pub(crate) fn panic_nil_error(&self) -> Value {
        Value::iface(self.panic_nil_ty, Value::new_cell(Value::str("runtime error: panic called with nil argument")))
    }
    pub(crate) fn is_runtime_error(&self, v: &Value) -> bool {
        matches!(v, Value::Iface(t, _) if self.runtime_error_tys.contains(t))
    }
    /// Source line and file name of `pc` in `func`.
    pub fn position(&self, func: u32, pc: usize) -> (String, u32) {
        let f = &self.funcs[func as usize];
        let line = f.lines.get(pc).copied().unwrap_or(0);
        (self.files.get(f.file as usize).map(|s| s.name.clone()).unwrap_or_default(), line)
    }
    pub fn type_of(&self, ty: TypeId) -> &Type {
        &self.types.types[ty.0 as usize]
    }
}

const _: () = assert!(std::mem::size_of::<Instr>() <= 16);
