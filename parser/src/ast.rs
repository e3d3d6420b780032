//! The Go syntax tree that the parser produces and the type checker and compiler consume.
//!
//! Shapes follow the Go spec's productions (and `go/ast` where the spec is silent).
//! Every expression and every identifier carries a [`NodeId`], unique within one [`File`]:
//! the type checker records what it learns about a node (its type, its constant value, the
//! object an identifier denotes) in tables keyed by that id, the way `go/types.Info` does.
//! Every node also carries a [`Span`] of byte offsets into the source; [`LineIndex`] turns an
//! offset into Go's `line:col` (1-based, column counted in bytes).

use std::fmt;

/// Byte range `[lo, hi)` in the source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Span {
        Span { lo: lo as u32, hi: hi as u32 }
    }
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

/// Identity of an expression or identifier node within one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// An identifier occurrence. `_` is an ordinary `Ident` whose name is `"_"`.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// One past the largest `NodeId` used in this file.
    pub node_count: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    /// `import name "path"`; `.` and `_` are kept as names.
    pub name: Option<Ident>,
    /// The path without quotes, e.g. `fmt` or `math/rand`.
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    /// `const (...)`: specs in order. Implicit repetition is already expanded by the parser:
    /// a spec without type and values copies the previous spec's `ty` and `values`
    /// (cloned expressions get fresh `NodeId`s) and `iota` is the spec's `iota` field.
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub iota: u32,
    /// True when this spec was written without type and values (implicit repetition).
    pub implicit: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// `type List[T any] ...`: the type parameters of a generic type.
    pub type_params: Option<TypeParams>,
    /// `type A = B`
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    pub recv: Option<Param>,
    pub name: Ident,
    /// `func Map[T, U any](...)`: the type parameters of a generic function.
    pub type_params: Option<TypeParams>,
    pub sig: FuncType,
    /// `None` for a declaration without body (not supported by the checker).
    pub body: Option<Block>,
    pub span: Span,
}

/// A type parameter list `[K comparable, V any]`: each group's `ty` is its constraint (a
/// type name, an interface, a `~T` term written as a `^` unary, or a `|` union of terms).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeParams {
    pub list: Vec<Param>,
    pub span: Span,
}

/// A parameter or result group: `a, b int` has two names; an unnamed `int` has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T` (its `ty` is then `T`).
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Position of `{` and `}`; the checker reports `missing return` at `rbrace`.
    pub span: Span,
    pub rbrace: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Empty for an embedded field (`T` or `*T`).
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// The tag's value (the string literal unquoted): `json:"x"`.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method { name: Ident, sig: FuncType },
    /// An embedded interface or a type-set element (`~int | ~float64`, as unary `^` and `|`).
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add, Sub, Mul, Quo, Rem,
    And, Or, Xor, Shl, Shr, AndNot,
    LAnd, LOr,
    Eq, Ne, Lt, Le, Gt, Ge,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+", Sub => "-", Mul => "*", Quo => "/", Rem => "%",
            And => "&", Or => "|", Xor => "^", Shl => "<<", Shr => ">>", AndNot => "&^",
            LAnd => "&&", LOr => "||",
            Eq => "==", Ne => "!=", Lt => "<", Le => "<=", Gt => ">", Ge => ">=",
        }
    }
    /// Go's binary precedence (5 highest).
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            Mul | Quo | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            LAnd => 2,
            LOr => 1,
        }
    }
}

impl fmt::Display for BinaryOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(Ident),
    /// A literal exactly as written in the source (`0x1F`, `1_000`, `'\n'`, `"a\tb"`, `` `raw` ``);
    /// the checker evaluates it.
    BasicLit { kind: LitKind, raw: String },
    /// `T{...}`; `ty` is `None` for an elided type inside an outer composite literal.
    CompositeLit { ty: Option<Box<Expr>>, elts: Vec<Element>, rbrace: Span },
    FuncLit { sig: FuncType, body: Block },
    Paren(Box<Expr>),
    /// `x.sel` (field, method, or package-qualified name).
    Selector { x: Box<Expr>, sel: Ident },
    Index { x: Box<Expr>, index: Box<Expr> },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` set for the 3-index form).
    Slice { x: Box<Expr>, lo: Option<Box<Expr>>, hi: Option<Box<Expr>>, max: Option<Box<Expr>>, three: bool },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch guard.
    TypeAssert { x: Box<Expr>, ty: Option<Box<Expr>> },
    /// A call or a conversion (the checker tells which). `ellipsis`: `f(xs...)`.
    Call { func: Box<Expr>, args: Vec<Expr>, ellipsis: bool },
    /// `*x`: dereference or pointer type (the checker tells which).
    Star(Box<Expr>),
    Unary { op: UnaryOp, x: Box<Expr> },
    Binary { op: BinaryOp, x: Box<Expr>, y: Box<Expr> },
    /// `key: value` inside a composite literal is represented by [`Element`]; this variant
    /// never appears elsewhere.
    KeyValue { key: Box<Expr>, value: Box<Expr> },

    // Type expressions.
    ArrayType { len: Option<Box<Expr>>, elem: Box<Expr> },
    /// `[...]T` in a composite literal.
    EllipsisArray { elem: Box<Expr> },
    SliceType(Box<Expr>),
    MapType { key: Box<Expr>, value: Box<Expr> },
    ChanType { dir: ChanDir, elem: Box<Expr> },
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// Generic instantiation `T[A, B]` (and `F[T]` in a type position); `F[T]` elsewhere is
    /// an `Index` the checker tells from indexing.
    Generic { x: Box<Expr>, args: Vec<Expr> },
    /// A syntax error the parser recovered from; the checker skips it.
    Bad,
}

/// One element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinaryOp),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Send { ch: Expr, value: Expr },
    /// `x++` / `x--`
    IncDec { x: Expr, inc: bool },
    Assign { lhs: Vec<Expr>, op: AssignOp, rhs: Vec<Expr> },
    /// A declaration statement: `var`, `const` or `type` inside a function.
    Decl(Decl),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If { init: Option<Box<Stmt>>, cond: Expr, then: Block, els: Option<Box<Stmt>> },
    Switch { init: Option<Box<Stmt>>, tag: Option<Expr>, body: Vec<CaseClause>, rbrace: Span },
    /// `switch init; bind := x.(type) { ... }`
    TypeSwitch { init: Option<Box<Stmt>>, bind: Option<Ident>, x: Expr, body: Vec<TypeCaseClause>, rbrace: Span },
    Select(Vec<CommClause>),
    /// `for init; cond; post { }` (all optional: `for {}` and `for cond {}` too).
    For { init: Option<Box<Stmt>>, cond: Option<Expr>, post: Option<Box<Stmt>>, body: Block },
    /// `for k, v := range x` (`define`), `for k, v = range x`, or `for range x`.
    Range { key: Option<Expr>, value: Option<Expr>, define: bool, x: Expr, body: Block },
    Labeled { label: Ident, stmt: Box<Stmt> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeCaseClause {
    /// Types (or the identifier `nil`); empty for `default`.
    pub types: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    /// The clause's implicit variable when the switch binds one (`v := x.(type)`): a fresh
    /// identifier node per clause, with the bound name, so the checker can give it the clause's type.
    pub bind: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    /// `None` for `default`. Otherwise a `Send`, an `Expr` holding a receive, or an
    /// `Assign` whose single right-hand side is a receive (`v, ok := <-ch` / `v = <-ch`).
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// Maps byte offsets to Go's 1-based `line:col` (column in bytes, as `go build` prints).
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }
    /// `(line, col)`, both 1-based.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }
}
