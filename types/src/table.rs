//! The type table's operations: interning, the predeclared types, underlying types, Go's
//! type predicates (comparable, numeric, ...), type identity, and the spelling of types:
//! as cmd/compile prints them in messages, and as the running program prints them (`%T`,
//! run-time panics), which is reflect's spelling.
use std::collections::HashMap;

use minigo_parser::ast::ChanDir;

use crate::api::*;

/// Every basic kind, in declaration order: `TypeId(i)` is `Basic(BASIC_KINDS[i])`.
const BASIC_KINDS: [BasicKind; 26] = {
    use BasicKind::*;
    [
        Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64,
        Complex64, Complex128, String, UnsafePointer, UntypedBool, UntypedInt, UntypedRune, UntypedFloat,
        UntypedComplex, UntypedString, UntypedNil,
    ]
};

/// Each complex kind with the float kind of its parts.
const COMPLEX_PARTS: [(BasicKind, BasicKind); 3] = [
    (BasicKind::Float32, BasicKind::Complex64),
    (BasicKind::Float64, BasicKind::Complex128),
    (BasicKind::UntypedFloat, BasicKind::UntypedComplex),
];

/// How messages name the predeclared aliases: Go prints `byte`/`rune` where the source
/// wrote them. The table interns `byte` as `uint8` (identical types share an id), so the
/// checker picks the spelling per program (see `Checker::spelling`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Spelling {
    pub byte: bool,
    pub rune: bool,
    /// Reflect's spelling, as the running program prints types: `struct { x int }` and
    /// `interface {}` with spaces inside the braces (messages: `struct{x int}`, `any`).
    pub runtime: bool,
}

/// What `write_type` needs besides the type: the package whose types print unqualified.
struct Ctx<'a> {
    pkg: &'a str,
    spelling: Spelling,
}

impl BasicKind {
    /// Go's name for the kind (`untyped int`, `float64`, ...).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    /// The complex kind whose parts have this float kind (`float32` → `complex64`,
    /// `untyped float` → `untyped complex`): the result of the builtin `complex`.
    pub fn complex_of(self) -> Option<BasicKind> {
        COMPLEX_PARTS.iter().find(|p| p.0 == self).map(|p| p.1)
    }
    /// The float kind of this complex kind's parts: the result of `real` and `imag`.
    pub fn part_of(self) -> Option<BasicKind> {
        COMPLEX_PARTS.iter().find(|p| p.1 == self).map(|p| p.0)
    }
    /// Ordered types support `<`.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
}

impl TypeTable {
    /// A table holding the basic types (at `TypeId(kind index)`) and the predeclared `error`.
    pub fn new() -> TypeTable {
        let mut t = TypeTable { types: Vec::new(), named: Vec::new(), intern: HashMap::new() };
        for k in BASIC_KINDS {
            t.intern(Type::Basic(k));
        }
        let string = t.basic(BasicKind::String);
        let error_sig = t.intern(Type::Func(Signature { params: vec![], results: vec![string], variadic: false }));
        let iface = t.intern(Type::Interface(vec![IfaceMethod { name: "Error".into(), sig: error_sig }]));
        t.new_named("error", "", iface, None);
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.intern.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.intern.insert(ty, id);
        id
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        TypeId(BASIC_KINDS.iter().position(|&b| b == k).unwrap_or(0) as u32)
    }

    pub fn invalid(&self) -> TypeId {
        TypeId(0)
    }

    /// The predeclared `error` type.
    pub fn error(&self) -> TypeId {
        self.intern[&Type::Named(NamedIdx(0))]
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    /// Declares a defined type; its underlying type may be set later (recursive types).
    pub fn new_named(&mut self, name: &str, pkg: &str, underlying: TypeId, span: Option<minigo_parser::ast::Span>) -> TypeId {
        let idx = NamedIdx(self.named.len() as u32);
        self.named.push(NamedInfo { name: name.into(), pkg: pkg.into(), underlying, targs: vec![], methods: vec![], span });
        self.intern(Type::Named(idx))
    }

    pub fn named_info(&self, idx: NamedIdx) -> &NamedInfo {
        &self.named[idx.0 as usize]
    }

    pub fn as_named(&self, id: TypeId) -> Option<NamedIdx> {
        match self.get(id) {
            Type::Named(n) => Some(*n),
            _ => None,
        }
    }

    /// The underlying type (a defined type's chain is resolved at declaration).
    pub fn underlying(&self, id: TypeId) -> TypeId {
        let mut id = id;
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => id = self.named[n.0 as usize].underlying,
                _ => return id,
            }
        }
        self.invalid()
    }

    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_invalid(&self, id: TypeId) -> bool {
        self.basic_kind(id) == Some(BasicKind::Invalid)
    }
    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(k) if k.is_untyped())
    }
    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under(id), Type::Interface(_))
    }
    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_numeric())
    }
    pub fn is_integer(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_integer())
    }
    pub fn is_unsigned(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_unsigned())
    }
    pub fn is_float(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_float())
    }
    pub fn is_complex(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_complex())
    }
    pub fn is_string(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_string())
    }
    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_boolean())
    }
    pub fn is_ordered(&self, id: TypeId) -> bool {
        self.basic_kind(id).is_some_and(|k| k.is_ordered())
    }

    /// Types that can hold `nil`.
    pub fn has_nil(&self, id: TypeId) -> bool {
        matches!(
            self.under(id),
            Type::Pointer(_) | Type::Slice(_) | Type::Map { .. } | Type::Chan { .. } | Type::Func(_) | Type::Interface(_)
        ) || self.basic_kind(id) == Some(BasicKind::UnsafePointer)
    }

    /// Go's comparable types (`==` defined): not slices, maps, funcs, or structs/arrays of them.
    pub fn comparable(&self, id: TypeId) -> bool {
        // The common cases without a walk: the run time asks this at every `==` on
        // interfaces (`err == io.EOF`).
        match self.under(id) {
            Type::Basic(k) => return *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan { .. } | Type::Interface(_) => return true,
            Type::Slice(_) | Type::Map { .. } | Type::Func(_) => return false,
            _ => {}
        }
        // Every type reachable by value (struct fields, array elements) must be comparable;
        // each is visited once, so shared component types cost nothing extra.
        let mut stack = vec![id];
        let mut seen = std::collections::HashSet::new();
        while let Some(t) = stack.pop() {
            if !seen.insert(t) {
                continue;
            }
            match self.under(t) {
                Type::Basic(k) if *k == BasicKind::UntypedNil => return false,
                Type::Basic(_) | Type::Pointer(_) | Type::Chan { .. } | Type::Interface(_) => {}
                Type::Struct(fields) => stack.extend(fields.iter().map(|f| f.ty)),
                Type::Array { elem, .. } => stack.push(*elem),
                _ => return false,
            }
        }
        true
    }

    /// The type an untyped constant gets when its context does not fix one.
    pub fn default_type(&self, id: TypeId) -> TypeId {
        use BasicKind::*;
        match self.get(id) {
            Type::Basic(UntypedBool) => self.basic(Bool),
            Type::Basic(UntypedInt) => self.basic(Int),
            Type::Basic(UntypedRune) => self.basic(Int32),
            Type::Basic(UntypedFloat) => self.basic(Float64),
            Type::Basic(UntypedComplex) => self.basic(Complex128),
            Type::Basic(UntypedString) => self.basic(String),
            _ => id,
        }
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under(id) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn iface_methods(&self, id: TypeId) -> Option<&[IfaceMethod]> {
        match self.under(id) {
            Type::Interface(m) => Some(m),
            _ => None,
        }
    }

    /// Go's `TypeString` with package qualification as cmd/compile does it: types of
    /// package `cur_pkg` (and the universe) unqualified, others as `name.T` (last path element).
    pub fn type_string(&self, id: TypeId, cur_pkg: &str) -> String {
        self.type_string_spelled(id, cur_pkg, Spelling::default())
    }

    /// Go's spelling of a type at run time (`%T`, panic messages): every named type
    /// qualified by its package's last path element (`main.T`, `*time.Duration`).
    pub fn runtime_type_string(&self, id: TypeId) -> String {
        self.type_string_spelled(id, "", Spelling { runtime: true, ..Spelling::default() })
    }

    /// [`Self::type_string`] naming `uint8`/`int32` as `byte`/`rune` when asked to.
    pub fn type_string_spelled(&self, id: TypeId, cur_pkg: &str, spelling: Spelling) -> String {
        let mut s = String::new();
        let cur = Ctx { pkg: cur_pkg, spelling };
        self.write_type(&mut s, id, &cur, 0);
        s
    }

    fn write_type(&self, s: &mut String, id: TypeId, cur: &Ctx, depth: u32) {
        if depth > 32 {
            s.push_str("...");
            return;
        }
        let d = depth + 1;
        match self.get(id) {
            Type::Basic(BasicKind::Uint8) if cur.spelling.byte => s.push_str("byte"),
            Type::Basic(BasicKind::Int32) if cur.spelling.rune => s.push_str("rune"),
            Type::Basic(k) => s.push_str(k.name()),
            Type::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, cur, d);
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, cur, d);
            }
            Type::Array { len, elem } => {
                s.push_str(&format!("[{len}]"));
                self.write_type(s, *elem, cur, d);
            }
            Type::Map { key, value } => {
                s.push_str("map[");
                self.write_type(s, *key, cur, d);
                s.push(']');
                self.write_type(s, *value, cur, d);
            }
            Type::Chan { dir, elem } => {
                s.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)`: without parentheses it would read as `chan<- chan int`.
                let paren = *dir == ChanDir::Both && matches!(self.get(*elem), Type::Chan { dir: ChanDir::Recv, .. });
                if paren {
                    s.push('(');
                }
                self.write_type(s, *elem, cur, d);
                if paren {
                    s.push(')');
                }
            }
            Type::Struct(fields) if fields.is_empty() && cur.spelling.runtime => s.push_str("struct {}"),
            Type::Struct(fields) => {
                s.push_str(if cur.spelling.runtime { "struct { " } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, cur, d);
                    if let Some(tag) = &f.tag {
                        s.push(' ');
                        s.push_str(&crate::constant::quote(tag.as_bytes()));
                    }
                }
                s.push_str(if cur.spelling.runtime { " }" } else { "}" });
            }
            Type::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, cur, d);
            }
            Type::Interface(methods) => {
                if methods.is_empty() {
                    s.push_str(if cur.spelling.runtime { "interface {}" } else { "any" });
                    return;
                }
                s.push_str(if cur.spelling.runtime { "interface { " } else { "interface{" });
                for (i, m) in methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(&m.name);
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(s, sig, cur, d);
                    }
                }
                s.push_str(if cur.spelling.runtime { " }" } else { "}" });
            }
            Type::Tuple(elems) => {
                s.push('(');
                self.write_list(s, elems, false, cur, d);
                s.push(')');
            }
            Type::Named(n) => {
                let info = &self.named[n.0 as usize];
                if !info.pkg.is_empty() && info.pkg != cur.pkg {
                    s.push_str(crate::package_name(&info.pkg));
                    s.push('.');
                }
                s.push_str(&info.name);
                // Reflect separates type arguments with a bare comma (`Pair[int,string]`).
                for (i, &t) in info.targs.iter().enumerate() {
                    s.push_str(match (i, cur.spelling.runtime) {
                        (0, _) => "[",
                        (_, true) => ",",
                        (_, false) => ", ",
                    });
                    self.write_type(s, t, cur, d);
                }
                if !info.targs.is_empty() {
                    s.push(']');
                }
            }
            Type::Constraint { methods, unions, comparable } => {
                let mut elems: Vec<String> = Vec::new();
                if *comparable {
                    elems.push("comparable".into());
                }
                for m in methods {
                    let mut e = m.name.clone();
                    if let Type::Func(sig) = self.get(m.sig) {
                        self.write_sig(&mut e, sig, cur, d);
                    }
                    elems.push(e);
                }
                for u in unions {
                    let terms: Vec<String> = u.iter().map(|t| self.term_string(*t, cur, d)).collect();
                    elems.push(terms.join(" | "));
                }
                s.push_str(&format!("interface{{{}}}", elems.join("; ")));
            }
        }
    }

    /// `~T` or `T`, as a union term prints.
    fn term_string(&self, t: Term, cur: &Ctx, depth: u32) -> String {
        let mut s = String::from(if t.tilde { "~" } else { "" });
        self.write_type(&mut s, t.ty, cur, depth);
        s
    }

    /// A union of terms as Go prints it in constraint errors (`~int | ~float64`).
    pub fn union_string(&self, terms: &[Term], cur_pkg: &str, spelling: Spelling) -> String {
        let cur = Ctx { pkg: cur_pkg, spelling };
        terms.iter().map(|t| self.term_string(*t, &cur, 0)).collect::<Vec<_>>().join(" | ")
    }

    fn write_list(&self, s: &mut String, elems: &[TypeId], variadic: bool, cur: &Ctx, depth: u32) {
        for (i, &t) in elems.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic && i + 1 == elems.len() {
                s.push_str("...");
                let elem = match self.get(t) {
                    Type::Slice(e) => *e,
                    _ => t,
                };
                self.write_type(s, elem, cur, depth);
            } else {
                self.write_type(s, t, cur, depth);
            }
        }
    }

    /// `(params) results` as in a func type.
    pub fn write_signature(&self, s: &mut String, sig: &Signature, cur_pkg: &str, spelling: Spelling) {
        self.write_sig(s, sig, &Ctx { pkg: cur_pkg, spelling }, 0)
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, cur: &Ctx, depth: u32) {
        s.push('(');
        self.write_list(s, &sig.params, sig.variadic, cur, depth);
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], cur, depth);
            }
            _ => {
                s.push_str(" (");
                self.write_list(s, &sig.results, false, cur, depth);
                s.push(')');
            }
        }
    }

}
