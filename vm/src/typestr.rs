//! Go's spelling of types, as `%T` and run-time panic messages print them
//! (`main.T`, `*main.T`, `[]int`, `map[string]int`, `func(int) error`, `interface {}`).

use minigo_parser::ast::ChanDir;
use minigo_types::{BasicKind, Type, TypeId, TypeTable};

/// The Go spelling of `ty`.
pub fn type_string(table: &TypeTable, ty: TypeId) -> String {
    let mut s = String::new();
    write_type(table, ty, &mut s);
    s
}

fn write_type(table: &TypeTable, ty: TypeId, out: &mut String) {
    match &table.types[ty.0 as usize] {
        Type::Basic(k) => out.push_str(basic_name(*k)),
        Type::Named(n) => {
            let info = &table.named[n.0 as usize];
            if !info.pkg.is_empty() {
                out.push_str(info.pkg.rsplit('/').next().unwrap_or(&info.pkg));
                out.push('.');
            }
            out.push_str(&info.name);
        }
        Type::Pointer(t) => {
            out.push('*');
            write_type(table, *t, out);
        }
        Type::Slice(t) => {
            out.push_str("[]");
            write_type(table, *t, out);
        }
        Type::Array { len, elem } => {
            out.push_str(&format!("[{len}]"));
            write_type(table, *elem, out);
        }
        Type::Map { key, value } => {
            out.push_str("map[");
            write_type(table, *key, out);
            out.push(']');
            write_type(table, *value, out);
        }
        Type::Chan { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            // `chan (<-chan int)`: without parentheses it would read as `chan<- chan int`.
            let paren = *dir == ChanDir::Both && matches!(table.types[elem.0 as usize], Type::Chan { dir: ChanDir::Recv, .. });
            if paren {
                out.push('(');
            }
            write_type(table, *elem, out);
            if paren {
                out.push(')');
            }
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                out.push_str("struct {}");
                return;
            }
            out.push_str("struct { ");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.embedded {
                    out.push_str(&f.name);
                    out.push(' ');
                }
                write_type(table, f.ty, out);
                if let Some(tag) = &f.tag {
                    out.push_str(&format!(" {tag:?}"));
                }
            }
            out.push_str(" }");
        }
        Type::Func(sig) => {
            out.push_str("func");
            write_signature(table, sig, out);
        }
        Type::Interface(methods) => {
            if methods.is_empty() {
                out.push_str("interface {}");
                return;
            }
            out.push_str("interface { ");
            for (i, m) in methods.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(&m.name);
                if let Type::Func(sig) = &table.types[m.sig.0 as usize] {
                    write_signature(table, sig, out);
                }
            }
            out.push_str(" }");
        }
        Type::Tuple(ts) => {
            out.push('(');
            for (i, t) in ts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(table, *t, out);
            }
            out.push(')');
        }
    }
}

fn write_signature(table: &TypeTable, sig: &minigo_types::Signature, out: &mut String) {
    out.push('(');
    for (i, p) in sig.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if sig.variadic && i + 1 == sig.params.len() {
            out.push_str("...");
            match &table.types[p.0 as usize] {
                Type::Slice(e) => write_type(table, *e, out),
                _ => write_type(table, *p, out),
            }
        } else {
            write_type(table, *p, out);
        }
    }
    out.push(')');
    match sig.results.len() {
        0 => {}
        1 => {
            out.push(' ');
            write_type(table, sig.results[0], out);
        }
        _ => {
            out.push_str(" (");
            for (i, r) in sig.results.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(table, *r, out);
            }
            out.push(')');
        }
    }
}

/// Go's name of a basic kind (`byte` and `rune` are printed as `uint8` and `int32`).
pub fn basic_name(k: BasicKind) -> &'static str {
    use BasicKind::*;
    match k {
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
        UntypedString => "untyped string",
        UntypedNil => "untyped nil",
    }
}
