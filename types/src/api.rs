//! The checker's results: the type universe and the per-node facts the compiler consumes.
//!
//! This is the contract between `minigo-types` and `minigo-vm`, modelled on `go/types`:
//! types are interned in a [`TypeTable`] (identical types get the same [`TypeId`], so type
//! identity is `==` on ids), and [`Info`] records, per AST node, what the checker decided:
//! the type and constant value of every expression, the object every identifier denotes,
//! how every selector resolves, and the conversions the compiler must materialise.

use std::collections::HashMap;

use minigo_parser::ast::{ChanDir, NodeId, Span};

use crate::constant::Value as ConstValue;

/// An interned type. Identical types have equal ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(self, UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil)
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(self, Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr | UntypedInt | UntypedRune)
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(self, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(self, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
    }
    /// Size in bits of a sized integer or float kind (`int`/`uint`/`uintptr` are 64).
    pub fn bits(self) -> u32 {
        use BasicKind::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 | Float32 => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructField {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// Lower-case field names are package-local; they still take part in identity.
    pub exported: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last param has type `[]T` and the function is variadic.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: String,
    /// A `Type::Func` without receiver.
    pub sig: TypeId,
}

/// The structure of a type. Named types refer to a [`NamedInfo`] by index.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array { len: u64, elem: TypeId },
    Map { key: TypeId, value: TypeId },
    Chan { dir: ChanDir, elem: TypeId },
    Struct(Vec<StructField>),
    Func(Signature),
    /// Methods sorted by name, embedded interfaces already flattened in.
    Interface(Vec<IfaceMethod>),
    /// A multi-value result (`f()` returning `(int, error)`), never a variable's type.
    Tuple(Vec<TypeId>),
    /// A defined type (`type T struct{...}`, also the predeclared `error`).
    Named(NamedIdx),
    /// An interface whose type set is restricted beyond its methods (`~int | ~float64`,
    /// `comparable`): it may only constrain type parameters, so no value ever has it.
    /// `unions` is an intersection: a type is in the set if it matches a term of each.
    Constraint { methods: Vec<IfaceMethod>, unions: Vec<Vec<Term>>, comparable: bool },
}

/// A term of a union in a constraint: `T` (the type itself) or `~T` (every type whose
/// underlying type is `T`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NamedIdx(pub u32);

/// A defined type: its name, underlying type and declared methods.
#[derive(Clone, Debug)]
pub struct NamedInfo {
    pub name: String,
    /// `""` for the universe (`error`), else the package path (`main`, `time`, ...).
    pub pkg: String,
    pub underlying: TypeId,
    /// The type arguments of an instantiated generic type (`List[int]`), printed after the name.
    pub targs: Vec<TypeId>,
    /// Methods declared on `T` or `*T`, in declaration order.
    pub methods: Vec<MethodInfo>,
    /// Where it was declared (for messages); `None` for predeclared and stdlib types.
    pub span: Option<Span>,
}

#[derive(Clone, Debug)]
pub struct MethodInfo {
    pub name: String,
    pub ptr_recv: bool,
    /// The method's signature without receiver (`Type::Func`).
    pub sig: TypeId,
    /// The function that implements it: a declared Go method or a native.
    pub func: FuncRef,
}

/// What a call target resolves to at compile time.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum FuncRef {
    /// A function or method with a Go body: `files[file].decls[decl]` of the checked
    /// [`crate::Program`] (the user's file or a standard-library package written in Go).
    Decl { file: usize, decl: usize },
    /// A function declared without body in a standard-library package: implemented in Rust
    /// and looked up by `("strings", "ToUpper")`, or `("strings", "Builder.WriteString")` for
    /// a method (`Recv.Method`, receiver type name without `*`).
    Native { pkg: String, name: String },
}

/// Interned types plus the named-type table.
#[derive(Clone, Debug, Default)]
pub struct TypeTable {
    pub types: Vec<Type>,
    pub named: Vec<NamedInfo>,
    pub intern: HashMap<Type, TypeId>,
}

/// What a name or expression denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ObjId(pub u32);

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable: package-level (`global` true), local, parameter, receiver, named result,
    /// or a type-switch clause variable (one object per clause, defined at the clause's
    /// `TypeCaseClause::bind` identifier, typed with the clause's single type or else the
    /// switched expression's type).
    Var { global: bool },
    Const(ConstValue),
    TypeName,
    Func(FuncRef),
    /// An imported package (`fmt`), with its path.
    PkgName(String),
    Builtin(Builtin),
    /// The predeclared `nil`.
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// Declaring identifier's span (`None` for universe objects).
    pub span: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic, Print, Println, Real, Recover,
}

/// How an expression is used, as in `go/types` operand modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A computed value (not addressable).
    Value,
    /// An addressable variable (local, global, `*p`, `s[i]`, field of addressable struct).
    Variable,
    /// A map index expression `m[k]` (assignable, not addressable; comma-ok capable).
    MapIndex,
    /// A compile-time constant (`TypeAndValue::value` is set).
    Constant,
    /// The expression denotes a type.
    TypeExpr,
    /// A built-in function name.
    Builtin,
    /// A function call with no results, or a package name.
    NoValue,
    /// A receive, type assertion or map index used in comma-ok form (`v, ok := m[k]`);
    /// `ty` is the type of the first value. The same expressions used as a single value
    /// record `Value` (receive, assertion) or `MapIndex`.
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// After defaulting: an untyped constant used in a typed context gets the context's type;
    /// a constant in an untyped-only context (e.g. `println(1<<3)`) gets its default type,
    /// and so do comparison results (`bool`). No recorded type is untyped except `nil` where
    /// no context fixes it (`_ = nil` is an error anyway): `nil` records the pointer, slice,
    /// map, chan, func or interface type it is assigned, passed or compared to.
    /// A composite literal with elided type inside `[]*T{{...}}` records `*T`: it stands for
    /// `&T{...}`. A multi-value call records a `Type::Tuple`; a call without results records
    /// mode `NoValue`.
    pub ty: TypeId,
    /// The exact value for `Mode::Constant` (rounded/truncated to `ty` when typed).
    pub value: Option<ConstValue>,
}

/// How `x.sel` resolves (recorded for every Selector that is not a package-qualified name).
#[derive(Clone, Debug)]
pub enum Selection {
    /// A struct field: `path` walks embedded fields from `x`'s type to the field
    /// (`a.b.c` through embedding becomes `[i_b, i_c]` field indices); `indirect` tells
    /// whether a pointer is dereferenced on the way (including `x` itself being a pointer).
    Field { path: Vec<usize>, indirect: bool },
    /// A method value or call `x.M`: `path` is the embedding path to the receiver,
    /// `method` identifies the concrete method, `recv_named` the type that declares it.
    Method { path: Vec<usize>, recv_named: NamedIdx, method: usize, ptr_recv: bool, indirect: bool },
    /// `x.M` where `x`'s type (after the embedding `path`) is an interface: dynamic dispatch
    /// by method name; `index` is the method's index in the interface's sorted method list.
    IfaceMethod { path: Vec<usize>, index: usize, name: String },
    /// A method expression `T.M` / `(*T).M`: the function takes the receiver first.
    MethodExpr { recv_named: NamedIdx, method: usize, ptr_recv: bool },
    /// A method expression `T.M` where `T` is an interface or `M` is promoted from an
    /// embedded field: a function taking the receiver first that selects `M` on it as
    /// `via` says (a `Method` or `IfaceMethod` selection from `T`).
    MethodExprVia { via: Box<Selection> },
    /// `pkg.Name`: a member of an imported package (function, var, const or type).
    Qualified { pkg: String, name: String },
}

/// Everything the checker learned about one file.
#[derive(Clone, Debug, Default)]
pub struct Info {
    pub table: TypeTable,
    pub objects: Vec<Object>,
    /// Type, mode and constant value of every expression node (including type expressions
    /// and each identifier used as an expression).
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Identifier definitions (`x` in `x := 1`, parameter names, func names, ...).
    pub defs: HashMap<NodeId, ObjId>,
    /// Identifier uses.
    pub uses: HashMap<NodeId, ObjId>,
    pub selections: HashMap<NodeId, Selection>,
    /// Implicit conversions of an expression to an interface type (assignment, call
    /// argument, return, comparison with an interface, send, composite literal element,
    /// switch case against an interface tag): the expression node -> the interface type it
    /// is converted to. The compiler boxes the value with its dynamic type there. Only
    /// values of non-interface type are recorded (interface-to-interface needs no boxing),
    /// never `nil`. Not recorded: values of a multi-value call spread into interface-typed
    /// variables or parameters (`var a, b any = f()`, `fmt.Println(f())`): the compiler boxes
    /// each tuple element whose static type is not an interface.
    pub to_iface: HashMap<NodeId, TypeId>,
    /// Package-level variables in initialisation order (dependency order, packages in
    /// import order, `main` last): `(file, decl, spec)` with `files[file].decls[decl]` a
    /// `Decl::Var` and `spec` the index of the spec in it.
    pub init_order: Vec<(usize, usize, usize)>,
    /// `init` functions in the order Go runs them (packages in import order).
    pub inits: Vec<FuncRef>,
    /// Variables captured by a function literal or whose address is taken (they must live
    /// in a heap cell): the defining identifier's object. Address-taking includes `&x`,
    /// `&x.f`, `&a[i]` and `a[:]` on an array variable, and calling a pointer-receiver method
    /// on an addressable variable (`v.M()` is `(&v).M()`). A Go 1.22 loop variable
    /// (`for i := ...`) that escapes gets a fresh cell per iteration.
    pub escapes: std::collections::HashSet<ObjId>,
    /// The objects of instances of generic functions (not methods): Go names their frames
    /// `pkg.F[...]`.
    pub func_instances: std::collections::HashSet<ObjId>,
}

/// A compile error in Go's words, at a span of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeError {
    pub span: Span,
    pub msg: String,
}

/// The name a package has by default: the last element of its import path, or the one
/// before a major-version suffix (`math/rand/v2` is package `rand`).
pub fn package_name(path: &str) -> &str {
    let mut elems = path.rsplit('/');
    let last = elems.next().unwrap_or(path);
    let is_version = last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match elems.next() {
        Some(before) if is_version => before,
        _ => last,
    }
}
