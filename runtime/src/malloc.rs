//! The process allocator (`malloc.go`'s last resort): every Rust allocation goes to the
//! system allocator, and when the system has no memory left the program ends as a Go
//! program does — `fatal error: out of memory` on standard error and exit status 2 —
//! instead of Rust's abort (`memory allocation of N bytes failed`, SIGABRT).
//!
//! The binary installs it with `#[global_allocator]`.
//!
//! SAFETY (the whole): [`GoAlloc`] forwards each call unchanged to [`System`], which meets
//! `GlobalAlloc`'s contract; the only thing it adds is what happens on a null result, and
//! that path never returns. So every pointer it hands out is one `System` handed out, with
//! the layout the caller asked for, and every pointer it frees goes back to `System` with
//! the layout it was allocated with.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;

/// The system allocator, with Go's out-of-memory ending.
pub struct GoAlloc;

/// Go's `throw("out of memory")`, without allocating: the message is static and standard
/// error is unbuffered.
#[cold]
fn out_of_memory(layout: Layout) -> ! {
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "runtime: out of memory: cannot allocate {}-byte block", layout.size());
    let _ = e.write_all(b"fatal error: out of memory\n");
    drop(e);
    std::process::exit(2)
}

// SAFETY: each method forwards to `System` with the caller's arguments unchanged (see the
// module doc); the caller's obligations for `GlobalAlloc` are exactly `System`'s.
unsafe impl GlobalAlloc for GoAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: `layout` comes from our caller, who guarantees a non-zero size.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            out_of_memory(layout);
        }
        p
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            out_of_memory(layout);
        }
        p
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was returned by `System` (through us) for this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr`/`layout` are a live `System` allocation; `new_size` is the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            out_of_memory(Layout::from_size_align(new_size, layout.align()).unwrap_or(layout));
        }
        p
    }
}
