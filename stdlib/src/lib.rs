//! The standard library of minigo.
//!
//! Each supported package is Go source under `stdlib/go/<import path>/<name>.go`, embedded
//! here and handed to the checker by [`StdImporter`]; it is compiled like user code. A
//! function declared without a body is a native implemented in Rust: [`natives`] builds the
//! registry the VM resolves them in (`("strings", "Index")`, `("os", "File.Write")`).
//!
//! Rust modules: `fmt` (the formatting core shared with `strconv`), `methodset` (method
//! sets of dynamic types, for `fmt` and `errors`), `pkgs::*` (the other packages' natives).

pub mod fmt;
mod methodset;
mod pkgs;

use minigo_vm::native::NativeRegistry;

/// The Go source of every supported package, by import path.
const PACKAGES: &[(&str, &str)] = &[
    ("bytes", include_str!("../go/bytes/bytes.go")),
    ("errors", include_str!("../go/errors/errors.go")),
    ("fmt", include_str!("../go/fmt/fmt.go")),
    ("io", include_str!("../go/io/io.go")),
    ("math", include_str!("../go/math/math.go")),
    ("math/rand", include_str!("../go/math/rand/rand.go")),
    ("os", include_str!("../go/os/os.go")),
    ("sort", include_str!("../go/sort/sort.go")),
    ("strconv", include_str!("../go/strconv/strconv.go")),
    ("strings", include_str!("../go/strings/strings.go")),
    ("unicode", include_str!("../go/unicode/unicode.go")),
    ("unicode/utf8", include_str!("../go/unicode/utf8/utf8.go")),
];

/// Serves the embedded Go sources of the standard packages to the checker.
pub struct StdImporter;

impl minigo_types::Importer for StdImporter {
    fn source(&self, path: &str) -> Option<&str> {
        PACKAGES.iter().find(|(p, _)| *p == path).map(|(_, src)| *src)
    }
}

/// The registry of every native of the standard library.
pub fn natives() -> NativeRegistry {
    let mut r = NativeRegistry::new();
    fmt::register(&mut r);
    pkgs::errors::register(&mut r);
    pkgs::math::register(&mut r);
    pkgs::os::register(&mut r);
    pkgs::rand::register(&mut r);
    pkgs::sort::register(&mut r);
    pkgs::strconv::register(&mut r);
    pkgs::strings::register(&mut r);
    pkgs::unicode::register(&mut r);
    r
}
