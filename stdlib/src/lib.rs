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

pub use pkgs::syscall::set_stdin_reader;

use minigo_vm::native::NativeRegistry;

/// The Go source of every supported package, by import path.
const PACKAGES: &[(&str, &str)] = &[
    ("bufio", include_str!("../go/bufio/bufio.go")),
    ("bytes", include_str!("../go/bytes/bytes.go")),
    ("cmp", include_str!("../go/cmp/cmp.go")),
    ("container/heap", include_str!("../go/container/heap/heap.go")),
    ("container/list", include_str!("../go/container/list/list.go")),
    ("container/ring", include_str!("../go/container/ring/ring.go")),
    ("context", include_str!("../go/context/context.go")),
    ("errors", include_str!("../go/errors/errors.go")),
    ("fmt", include_str!("../go/fmt/fmt.go")),
    ("internal/oserror", include_str!("../go/internal/oserror/oserror.go")),
    ("io", include_str!("../go/io/io.go")),
    ("iter", include_str!("../go/iter/iter.go")),
    ("io/fs", include_str!("../go/io/fs/fs.go")),
    ("maps", include_str!("../go/maps/maps.go")),
    ("math", include_str!("../go/math/math.go")),
    ("math/bits", include_str!("../go/math/bits/bits.go")),
    ("math/cmplx", include_str!("../go/math/cmplx/cmplx.go")),
    ("math/rand", include_str!("../go/math/rand/rand.go")),
    ("math/rand/v2", include_str!("../go/math/rand/v2/rand.go")),
    ("os", include_str!("../go/os/os.go")),
    ("runtime", include_str!("../go/runtime/runtime.go")),
    ("runtime/debug", include_str!("../go/runtime/debug/debug.go")),
    ("slices", include_str!("../go/slices/slices.go")),
    ("sort", include_str!("../go/sort/sort.go")),
    ("strconv", include_str!("../go/strconv/strconv.go")),
    ("strings", include_str!("../go/strings/strings.go")),
    ("sync", include_str!("../go/sync/sync.go")),
    ("sync/atomic", include_str!("../go/sync/atomic/atomic.go")),
    ("syscall", include_str!("../go/syscall/syscall.go")),
    ("text/tabwriter", include_str!("../go/text/tabwriter/tabwriter.go")),
    ("time", include_str!("../go/time/time.go")),
    ("unicode", include_str!("../go/unicode/unicode.go")),
    ("unicode/utf8", include_str!("../go/unicode/utf8/utf8.go")),
];

/// The import paths of the standard packages minigo has.
pub fn package_paths() -> impl Iterator<Item = &'static str> {
    PACKAGES.iter().map(|(p, _)| *p)
}

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
    pkgs::atomic::register(&mut r);
    pkgs::bits::register(&mut r);
    pkgs::calendar::register(&mut r);
    pkgs::context::register(&mut r);
    pkgs::errors::register(&mut r);
    pkgs::layout::register(&mut r);
    pkgs::math::register(&mut r);
    pkgs::os::register(&mut r);
    pkgs::rand::register(&mut r);
    pkgs::runtime::register(&mut r);
    pkgs::sort::register(&mut r);
    pkgs::strconv::register(&mut r);
    pkgs::duration::register(&mut r);
    pkgs::strings::register(&mut r);
    pkgs::sync::register(&mut r);
    pkgs::syscall::register(&mut r);
    pkgs::time::register(&mut r);
    pkgs::unicode::register(&mut r);
    pkgs::utf8::register(&mut r);
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use minigo_types::Importer;

    /// The native name of a bodiless Go declaration line (`func Name(` or
    /// `func (r *Recv) Name(`), `None` for a function with a body.
    fn bodiless_native(line: &str) -> Option<String> {
        let rest = line.strip_prefix("func ")?;
        if line.contains('{') {
            return None;
        }
        let (recv, rest) = match rest.strip_prefix('(') {
            Some(r) => {
                let (recv, rest) = r.split_once(") ")?;
                let ty = recv.rsplit(' ').next()?.trim_start_matches('*');
                (Some(ty.to_string()), rest)
            }
            None => (None, rest),
        };
        let name = rest.split('(').next()?;
        Some(match recv {
            Some(r) => format!("{r}.{name}"),
            None => name.to_string(),
        })
    }

    #[test]
    fn every_bodiless_function_has_a_native() {
        let reg = natives();
        let mut n = 0;
        for (pkg, src) in PACKAGES {
            for line in src.lines() {
                if let Some(name) = bodiless_native(line) {
                    assert!(reg.get(pkg, &name).is_some(), "no native for {pkg}.{name}");
                    n += 1;
                }
            }
        }
        assert!(n > 150, "only {n} natives found");
    }

    #[test]
    fn importer_serves_supported_packages_only() {
        assert!(StdImporter.source("fmt").is_some_and(|s| s.contains("package fmt")));
        assert!(StdImporter.source("unicode/utf8").is_some_and(|s| s.contains("package utf8")));
        assert!(StdImporter.source("net/http").is_none());
        for (path, src) in PACKAGES {
            let name = minigo_types::package_name(path);
            assert!(src.contains(&format!("\npackage {name}\n")), "{path}");
        }
    }
}
