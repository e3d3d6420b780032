//! The run-time representation of Go values.
//!
//! [`Value`] is 16 bytes: a tag plus one word. Booleans, integers of every width (an
//! `int8` or a `uint64` is kept as its bit pattern in an `i64`, truncated and sign- or
//! zero-extended by the typed instructions that produce it) and floats (`float32` values are
//! rounded to `f32` and stored widened) are unboxed. Everything else is an `Arc` to a heap
//! payload whose mutable parts are atomic cells (`packed.rs`, `slots.rs`: read without a
//! lock, written one writer at a time) or behind a lock (maps), so guest data races can lose
//! updates but never corrupt memory.
//!
//! Go's value semantics for structs and arrays: an aggregate is a [`Value::Agg`] pointing to
//! an [`Obj`] that no other location shares. Whoever copies an aggregate into a new location
//! (assignment, argument, interface boxing, channel send, composite-literal element) calls
//! [`Value::copy_agg`]; a pointer to a variable, field or element is [`Value::Pointer`] to the
//! `Obj` holding it plus the index inside it. A variable whose address is taken or that a
//! closure captures lives in a one-slot `Obj` (a "cell").
//!
//! The zero value of every reference kind (pointer, slice, map, channel, func, interface)
//! is [`Value::Nil`]. An interface holding a typed nil pointer is `Iface(ty, Nil)`, which
//! is not `Nil`, as in Go.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;

use minigo_runtime::chan::Chan;
use minigo_runtime::mheap;
use minigo_types::{BasicKind, Type, TypeId, TypeTable};
use parking_lot::Mutex;

use crate::heap::{self, Accounted, Entry, UNREGISTERED};
use crate::packed::{Packed, ScalarKind};
use crate::slots::Slots;

/// A Go value. See the module documentation for the representation of each kind.
#[derive(Clone, Default)]
pub enum Value {
    /// The zero value of pointers, slices, maps, channels, funcs and interfaces.
    #[default]
    Nil,
    Bool(bool),
    /// Any integer kind, as its bit pattern (a `uint64` above `i64::MAX` is negative here).
    Int(i64),
    /// `float64`, or a `float32` already rounded to `f32`.
    Float(f64),
    /// `complex64`/`complex128` as (real, imaginary); a `complex64` has both parts rounded
    /// to `f32`. Boxed so that `Value` stays 16 bytes: two `f64`s do not fit beside the
    /// tag, and a pair of registers would make every move, slot, map key and interface
    /// box type-dependent. Complex code is rare, so an allocation per result is the
    /// cheaper price; the arithmetic lives in `interp/complex.rs`, off the fast lane.
    Complex(Arc<(f64, f64)>),
    Str(GoStr),
    /// A struct (fields in declaration order) or an array (elements), owned by one location.
    Agg(Arc<Obj>),
    /// A pointer to slot `.1` of an object: a cell (slot 0), a struct field or an element;
    /// or, with slot [`WHOLE`], to the struct or array that the object itself is.
    Pointer(Arc<Obj>, u32),
    Slice(Arc<SliceHdr>),
    Map(Arc<MapObj>),
    Chan(Arc<Chan<Value>>),
    Func(Arc<Closure>),
    /// A non-nil interface value: its dynamic type and the value.
    Iface(TypeId, Arc<Value>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// The slot of a [`Value::Pointer`] to a whole object: `&T{...}`, `new(T)` and an escaped
/// struct or array variable are one object, the aggregate itself, rather than a cell
/// holding it. Such an object is never also a slot of another object, so each location
/// still has exactly one pointer value (pointer equality and map keys stay exact).
pub const WHOLE: u32 = u32::MAX;

/// [`Obj::load_into`] from a `Values` object.
#[inline(always)]
fn load_slot_into(m: &Slots, i: usize, d: &mut Value) {
    m.with(i, |v| d.set(v.clone()));
}

/// [`Obj::load_checked_into`] from a `Values` object.
#[inline(always)]
fn load_slot_checked_into(m: &Slots, i: i64, d: &mut Value) -> bool {
    match usize::try_from(i) {
        Ok(k) if k < m.len() => {
            load_slot_into(m, k, d);
            true
        }
        _ => false,
    }
}

/// [`Obj::store`] into a `Values` object: an aggregate in the slot is assigned into; any
/// other value is replaced (`Guard::displace`).
#[inline(never)]
fn store_slot(m: &Slots, i: usize, v: Value) {
    let mut slots = m.lock();
    if let Value::Agg(src) = &v {
        if let Some(dst) = slots.agg(i) {
            drop(slots);
            return dst.assign_from(src);
        }
    }
    slots.displace(i, v);
}

/// Drops `v` in a call of its own, keeping drop glue out of hot code.
#[inline(never)]
pub(crate) fn drop_value(v: Value) {
    drop(v)
}

/// A Go string: immutable bytes, not necessarily UTF-8. A substring (`s[i:j]`) shares its
/// parent's bytes, as in Go: slicing is O(1) and keeps the parent alive.
#[derive(Clone)]
pub struct GoStr(Arc<StrBody>);

enum StrBody {
    /// A string that owns its bytes.
    Owned { bytes: Box<[u8]>, _acct: Accounted },
    /// `base[off..off+len]`, where `base` is always `Owned` (substrings never nest).
    Sub { base: GoStr, off: usize, len: usize, _acct: Accounted },
}

impl GoStr {
    pub fn new(bytes: impl Into<Box<[u8]>>) -> GoStr {
        let bytes = bytes.into();
        let acct = Accounted::new(bytes.len() + 32);
        GoStr(Arc::new(StrBody::Owned { bytes, _acct: acct }))
    }
    /// The string as one word, its count moved into it (`slots.rs`'s encoding).
    pub(crate) fn into_raw(self) -> u64 {
        Arc::into_raw(self.0) as u64
    }
    /// The string [`GoStr::into_raw`] made, taking its count back.
    ///
    /// # Safety
    /// `word` must come from `into_raw`, and its count must not be taken back twice.
    pub(crate) unsafe fn from_raw(word: u64) -> GoStr {
        // SAFETY: the caller's contract: `word` is an `Arc<StrBody>::into_raw`.
        GoStr(unsafe { Arc::from_raw(word as *const StrBody) })
    }
    /// `""`, shared (no allocation).
    pub fn empty() -> GoStr {
        static EMPTY: std::sync::OnceLock<GoStr> = std::sync::OnceLock::new();
        EMPTY.get_or_init(|| GoStr::new(Vec::new())).clone()
    }
    /// `s[lo:hi]` (`lo <= hi <= len`, checked by the caller), sharing the bytes.
    pub fn substr(&self, lo: usize, hi: usize) -> GoStr {
        if lo == 0 && hi == self.len() {
            return self.clone();
        }
        if lo == hi {
            return GoStr::empty();
        }
        let (base, off) = match &*self.0 {
            StrBody::Owned { .. } => (self.clone(), lo),
            StrBody::Sub { base, off, .. } => (base.clone(), off + lo),
        };
        GoStr(Arc::new(StrBody::Sub { base, off, len: hi - lo, _acct: Accounted::new(48) }))
    }
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &*self.0 {
            StrBody::Owned { bytes, .. } => bytes,
            StrBody::Sub { base, off, len, .. } => &base.as_bytes()[*off..*off + *len],
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        match &*self.0 {
            StrBody::Owned { bytes, .. } => bytes.len(),
            StrBody::Sub { len, .. } => *len,
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The bytes as text, with invalid UTF-8 replaced by U+FFFD (for messages).
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(self.as_bytes()).into_owned()
    }
}

impl PartialEq for GoStr {
    fn eq(&self, other: &GoStr) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.as_bytes() == other.as_bytes()
    }
}
impl Eq for GoStr {}
impl std::hash::Hash for GoStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state)
    }
}
impl fmt::Debug for GoStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

/// A heap object with slots: a struct's fields, an array's or slice backing array's
/// elements, or the single slot of an escaped variable's cell.
pub struct Obj {
    body: Body,
    /// Its registration with the collector (`heap::register`), or `UNREGISTERED`. Set once,
    /// right after creation.
    pub(crate) reg: AtomicU64,
}

/// Where an object keeps its slots. Never resized after creation (a slice grows into a
/// new object), so the size accounted at allocation is the size accounted at free.
enum Body {
    /// Slots of any type: lock-free reads, serialised writes (`slots.rs`).
    Values(Slots),
    /// Scalar elements of one kind allocated where the checker knew it: lock-free, at
    /// their Go size (`packed.rs`).
    Packed(Packed),
}

/// Whether an object whose slots start as `slots` can ever reference another object (Go's
/// "scan" size classes, as opposed to "noscan"). A slot's type never changes, and a slot of
/// a reference type (pointer, slice, map, chan, func, interface, nested struct or array)
/// starts as nil or a reference; so an object whose slots all start as numbers, booleans or
/// strings never holds a reference, can never be part of a cycle, and is not registered
/// with the collector (reference counting alone frees it).
fn may_hold_refs(slots: &[Value]) -> bool {
    slots.iter().any(|v| !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Str(_) | Value::Complex(_)))
}

/// Bytes accounted for an object: its header and its slots.
/// Takes the body mutably (at creation and at drop nobody else holds it), so reading the
/// capacity takes no lock.
fn obj_bytes(body: &mut Body) -> usize {
    48 + match body {
        Body::Values(v) => v.len() * std::mem::size_of::<Value>(),
        Body::Packed(p) => p.byte_size(),
    }
}

impl Obj {
    pub fn new(slots: Vec<Value>) -> Arc<Obj> {
        let scan = may_hold_refs(&slots);
        let o = Obj::from_body(Body::Values(Slots::new(slots)));
        if scan {
            o.reg.store(heap::register(Entry::Obj(Arc::downgrade(&o))), Relaxed);
        }
        o
    }
    /// A one-slot object holding `v`: a variable's cell. A boolean, integer or float cell
    /// is packed (lock-free); its kind is the widest of `v`'s, which holds every value a
    /// register of that kind can (registers keep narrow integers already wrapped).
    ///
    /// A cell holding a struct or array (`&T{...}`, `new(T)`) is not registered with the
    /// collector: its slot only ever holds an aggregate of that type, so any cycle through
    /// the cell also passes through an aggregate that holds a reference, which is
    /// registered, and the collector finds the cell as that aggregate's child.
    pub fn cell(v: Value) -> Arc<Obj> {
        let kind = match v {
            Value::Int(_) => ScalarKind::Int64,
            Value::Float(_) => ScalarKind::Float64,
            Value::Bool(_) => ScalarKind::Bool,
            v @ Value::Agg(_) => return Obj::from_body(Body::Values(Slots::new(vec![v]))),
            v => return Obj::new(vec![v]),
        };
        let cell = Obj::packed(kind, 1);
        cell.store(0, v);
        cell
    }
    /// `n` zero scalars of `kind`, packed.
    pub fn packed(kind: ScalarKind, n: usize) -> Arc<Obj> {
        Obj::from_body(Body::Packed(Packed::zeroed(kind, n)))
    }
    /// The bytes of `b`, packed (`[]byte(s)`).
    pub fn packed_bytes(b: &[u8]) -> Arc<Obj> {
        Obj::from_body(Body::Packed(Packed::from_bytes(b)))
    }
    fn from_body(mut body: Body) -> Arc<Obj> {
        mheap::record_alloc(obj_bytes(&mut body));
        Arc::new(Obj { body, reg: AtomicU64::new(UNREGISTERED) })
    }
    /// The kind of a packed object's elements.
    pub fn packed_kind(&self) -> Option<ScalarKind> {
        match &self.body {
            Body::Packed(p) => Some(p.kind()),
            Body::Values(_) => None,
        }
    }
    /// Runs `f` on each slot unless another thread holds the writers' lock (the
    /// collector, with the world stopped, treats a locked object as a root); false if it
    /// did not. A packed object holds no references: `f` sees no slots.
    #[inline]
    pub(crate) fn try_each(&self, mut f: impl FnMut(&Value)) -> bool {
        match &self.body {
            Body::Values(m) => m.try_lock().map(|g| (0..g.len()).for_each(|i| f(&g.view(i)))).is_some(),
            Body::Packed(_) => true,
        }
    }
    /// Sets every slot to nil and appends what they held to `out`; false if another
    /// thread holds the writers' lock. Only with the world stopped (the values are not
    /// retired: no goroutine is online to be reading them).
    pub(crate) fn try_clear_stopped(&self, out: &mut Vec<Value>) -> bool {
        match &self.body {
            Body::Values(m) => m.try_lock().map(|mut g| out.extend((0..g.len()).map(|i| g.replace(i, Value::Nil)))).is_some(),
            Body::Packed(_) => true,
        }
    }
    /// A copy of slot `i`. Panics (a VM bug, never a guest error) if out of range: callers
    /// bounds-check against the Go length first.
    /// The packed case is inlined into the dispatch loop; the locked one is a call.
    #[inline(always)]
    pub fn load(&self, i: usize) -> Value {
        match &self.body {
            Body::Packed(p) => p.load(i),
            Body::Values(m) => m.load(i),
        }
    }
    /// `*d = ` slot `i`, written in place: the dispatch loop's loads use this, since a
    /// value returned from a call and then moved costs a store-forwarding stall.
    #[inline(always)]
    pub fn load_into(&self, i: usize, d: &mut Value) {
        match &self.body {
            Body::Packed(p) => d.set(p.load(i)),
            Body::Values(m) => load_slot_into(m, i, d),
        }
    }
    /// [`Obj::load_into`] bounds-checked: false (nothing stored) when `i` is out of range.
    #[inline(always)]
    pub fn load_checked_into(&self, i: i64, d: &mut Value) -> bool {
        match &self.body {
            Body::Packed(p) => match usize::try_from(i) {
                Ok(k) if k < p.len() => {
                    d.set(p.load(k));
                    true
                }
                _ => false,
            },
            Body::Values(m) => load_slot_checked_into(m, i, d),
        }
    }
    /// Stores `v` into slot `i`. A struct or array already in the slot is assigned into,
    /// not replaced (see [`Obj::assign_from`]).
    #[inline(always)]
    pub fn store(&self, i: usize, v: Value) {
        match &self.body {
            Body::Packed(p) => p.store(i, &v),
            Body::Values(m) => store_slot(m, i, v),
        }
    }
    /// [`Obj::store`] of a copy of `*v`: a packed object stores the scalar without
    /// cloning the register that holds it.
    #[inline(always)]
    pub fn store_from(&self, i: usize, v: &Value) {
        match &self.body {
            Body::Packed(p) => p.store(i, v),
            Body::Values(m) => store_slot(m, i, v.clone()),
        }
    }
    /// Go's assignment of one struct or array value to another of the same type: `src`'s
    /// contents are copied slot by slot into `self`, nested aggregates in place too.
    ///
    /// Invariant: an aggregate held in a slot (a field, an element, a cell) is never
    /// replaced by another object, only assigned into, because pointers into it (`&x.f`,
    /// `&a[i].g`) name it by object and must keep seeing the location's current contents.
    fn assign_from(&self, src: &Obj) {
        if std::ptr::eq(self, src) {
            return;
        }
        match &self.body {
            Body::Packed(_) => self.copy_from(0, src, 0, self.len()),
            Body::Values(_) => self.write_range(0, src.to_vec()),
        }
    }
    pub fn len(&self) -> usize {
        match &self.body {
            Body::Values(m) => m.len(),
            Body::Packed(p) => p.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Runs `f` on slot `i` in place (a `Values` object's slot is read without a copy).
    /// `f` must not store into slot `i` (see `slots.rs`).
    #[inline(always)]
    pub fn with_slot<R>(&self, i: usize, f: impl FnOnce(&Value) -> R) -> R {
        match &self.body {
            Body::Values(m) => m.with(i, f),
            Body::Packed(p) => f(&p.load(i)),
        }
    }
    /// Atomically replaces slot `i` by what `f` makes of it (`None`: leave it) and returns
    /// `f`'s result (`sync/atomic`). `f` may run more than once on a packed object.
    pub fn update<R>(&self, i: usize, mut f: impl FnMut(&Value) -> (Option<Value>, R)) -> R {
        match &self.body {
            Body::Values(m) => {
                let mut slots = m.lock();
                let (new, r) = f(&slots.view(i));
                if let Some(v) = new {
                    slots.displace(i, v);
                }
                r
            }
            Body::Packed(p) => p.update(i, f),
        }
    }
    /// Runs `f` on slots `off..off+n` as one mutable window: on a copy written back
    /// afterwards (bulk operations: sort, clear, fill), under the writers' lock for a
    /// `Values` object so the whole operation is one write.
    pub fn with_window<R>(&self, off: usize, n: usize, f: impl FnOnce(&mut [Value]) -> R) -> R {
        match &self.body {
            Body::Values(m) => {
                let mut slots = m.lock();
                let mut window = slots.read_range(off, n);
                let r = f(&mut window);
                for (k, v) in window.into_iter().enumerate() {
                    slots.displace(off + k, v);
                }
                r
            }
            Body::Packed(p) => {
                let mut window: Vec<Value> = (off..off + n).map(|i| p.load(i)).collect();
                let r = f(&mut window);
                for (k, v) in window.iter().enumerate() {
                    p.store(off + k, v);
                }
                r
            }
        }
    }
    /// Exchanges slots `i` and `j` (`sort.Slice`'s swapper); aggregates exchange contents.
    pub fn swap(&self, i: usize, j: usize) {
        match &self.body {
            Body::Values(m) => {
                let mut slots = m.lock();
                if let (Value::Agg(a), Value::Agg(b)) = (&*slots.view(i), &*slots.view(j)) {
                    let (a, b) = (a.clone(), b.clone());
                    drop(slots);
                    let saved = a.duplicate();
                    a.assign_from(&b);
                    return b.assign_from(&saved);
                }
                // Each value moves to the other slot: neither is displaced for good, but a
                // reader may hold a view of either, so neither count is dropped here.
                let vi = slots.replace(i, Value::Nil);
                let vj = slots.replace(j, vi);
                drop(slots.replace(i, vj));
            }
            Body::Packed(p) => {
                let (a, b) = (p.load(i), p.load(j));
                p.store(i, &b);
                p.store(j, &a);
            }
        }
    }
    /// Copies of slots `off..off+n`.
    pub fn read_range(&self, off: usize, n: usize) -> Vec<Value> {
        match &self.body {
            Body::Values(m) => m.lock().read_range(off, n),
            Body::Packed(p) => (off..off + n).map(|i| p.load(i)).collect(),
        }
    }
    /// Stores `vals` into the slots from `off` on (aggregates assigned in place, as `store`).
    pub fn write_range(&self, off: usize, vals: impl IntoIterator<Item = Value>) {
        match &self.body {
            Body::Values(m) => {
                let mut nested = Vec::new();
                let mut slots = m.lock();
                for (i, v) in (off..slots.len()).zip(vals) {
                    match (v, slots.agg(i)) {
                        (Value::Agg(src), Some(dst)) => nested.push((dst, src)),
                        (v, _) => slots.displace(i, v),
                    }
                }
                drop(slots);
                for (dst, src) in nested {
                    dst.assign_from(&src);
                }
            }
            Body::Packed(p) => {
                for (k, v) in vals.into_iter().enumerate() {
                    p.store(off + k, &v);
                }
            }
        }
    }
    /// Go's `copy` from `src[from..from+n]` into `self[to..]`; the two may be one object
    /// (overlapping windows copy as if through a temporary buffer).
    pub fn copy_from(&self, to: usize, src: &Obj, from: usize, n: usize) {
        if let (Body::Packed(d), Body::Packed(s)) = (&self.body, &src.body) {
            if d.kind() == s.kind() {
                return d.copy_from(to, s, from, n);
            }
        }
        // Copies, not shared references: with overlapping windows of aggregates, an
        // element would otherwise be read after it was assigned into.
        let vals: Vec<Value> = src.read_range(from, n).iter().map(Value::copy_agg).collect();
        self.write_range(to, vals);
    }
    /// Stores `bytes` into the slots from `off` on, one element per byte (`append(b,
    /// s...)`, `copy(b, s)` with `s` a string).
    pub fn write_bytes(&self, off: usize, bytes: &[u8]) {
        let packed = match &self.body {
            Body::Packed(p) => p.write_bytes(off, bytes),
            Body::Values(_) => false,
        };
        if !packed {
            self.write_range(off, bytes.iter().map(|&c| Value::Int(c as i64)));
        }
    }
    /// Slots `off..off+n` as bytes, when the object packs bytes.
    pub fn bytes(&self, off: usize, n: usize) -> Option<Vec<u8>> {
        match &self.body {
            Body::Packed(p) => p.bytes(off, n),
            Body::Values(_) => None,
        }
    }
    /// A snapshot of all slots.
    pub fn to_vec(&self) -> Vec<Value> {
        self.read_range(0, self.len())
    }
    /// Go's copy of an array or struct value held in this object: a fresh object of the
    /// same layout, nested aggregates copied too.
    fn duplicate(&self) -> Arc<Obj> {
        match &self.body {
            Body::Values(m) => Obj::new(m.lock().read_range(0, m.len()).iter().map(Value::copy_agg).collect()),
            Body::Packed(p) => Obj::from_body(Body::Packed(p.duplicate())),
        }
    }
    /// A stable address for slot `i` (see [`Value::address`]).
    fn slot_addr(&self, i: usize) -> usize {
        match &self.body {
            Body::Values(m) => m.addr(i),
            Body::Packed(p) => p as *const Packed as usize + i,
        }
    }
}

impl Drop for Obj {
    /// Frees nested objects iteratively: a long linked list (`p.next.next...`) would
    /// otherwise recurse once per node and overflow the Rust stack.
    fn drop(&mut self) {
        heap::deregister(*self.reg.get_mut());
        mheap::record_free(obj_bytes(&mut self.body));
        let Body::Values(m) = &mut self.body else { return };
        let slots = m.take_all();
        if !slots.iter().any(Value::owns_heap) {
            return;
        }
        let mut pending: Vec<Value> = slots;
        while let Some(v) = pending.pop() {
            v.release_into(&mut pending);
        }
    }
}

/// A slice: a window `[off, off+len)` of a backing array whose capacity ends at `off+cap`.
pub struct SliceHdr {
    pub arr: Arc<Obj>,
    pub off: usize,
    pub len: usize,
    pub cap: usize,
}

impl SliceHdr {
    /// Element `i` (`i < len`, checked by the caller).
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        self.arr.load(self.off + i)
    }
    #[inline]
    pub fn set(&self, i: usize, v: Value) {
        self.arr.store(self.off + i, v)
    }
    /// A snapshot of the elements.
    pub fn to_vec(&self) -> Vec<Value> {
        self.arr.read_range(self.off, self.len)
    }
    /// The elements as bytes, when the backing array packs bytes.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        self.arr.bytes(self.off, self.len)
    }
}

/// A map key: the hashable, comparable image of a Go value (strings by content, pointers
/// and channels by identity, structs/arrays element-wise, interfaces with their type).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    /// Float bits with `-0` folded into `+0`.
    Float(u64),
    /// A NaN (alone or inside a complex, struct, array or interface key): NaN is not equal
    /// to itself, so each NaN key gets a number of its own (`fresh_nan`) and is found by no
    /// lookup; storing under NaN always adds an entry.
    Nan(u64),
    Complex(u64, u64),
    Str(GoStr),
    /// Object address and slot.
    Ptr(usize, u32),
    /// Channel identity.
    Ref(usize),
    Iface(TypeId, Box<Key>),
    Agg(Box<[Key]>),
}

/// A Go map: entries keyed by [`Key`], each remembering the original key value (for
/// `range`). Iteration order is the hash order, which Go leaves unspecified.
pub struct MapObj {
    entries: Mutex<HashMap<Key, (Value, Value)>>,
    _acct: Accounted,
    /// Its registration with the collector (`heap::register`).
    pub(crate) reg: AtomicU64,
}

impl Drop for MapObj {
    fn drop(&mut self) {
        heap::deregister(*self.reg.get_mut());
    }
}

impl MapObj {
    pub fn new() -> Arc<MapObj> {
        let m = Arc::new(MapObj { entries: Mutex::new(HashMap::new()), _acct: Accounted::new(48), reg: AtomicU64::new(UNREGISTERED) });
        m.reg.store(heap::register(Entry::Map(Arc::downgrade(&m))), Relaxed);
        m
    }
    /// Runs `f` on the entries unless another thread holds them (see [`Obj::try_with`]).
    pub(crate) fn try_with<R>(&self, f: impl FnOnce(&mut HashMap<Key, (Value, Value)>) -> R) -> Option<R> {
        self.entries.try_lock().map(|mut e| f(&mut e))
    }
    pub fn get(&self, k: &Key) -> Option<Value> {
        self.entries.lock().get(k).map(|(_, v)| v.clone())
    }
    pub fn insert(&self, k: Key, key_value: Value, v: Value) {
        self.entries.lock().insert(k, (key_value, v));
    }
    pub fn remove(&self, k: &Key) {
        self.entries.lock().remove(k);
    }
    pub fn len(&self) -> usize {
        self.entries.lock().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn clear(&self) {
        self.entries.lock().clear();
    }
    /// A snapshot of the entries: `(key, key value, element)`.
    pub fn entries(&self) -> Vec<(Key, Value, Value)> {
        self.entries.lock().iter().map(|(k, (kv, v))| (k.clone(), kv.clone(), v.clone())).collect()
    }
}

/// What a func value runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    /// A compiled Go function: index into `Module::funcs`.
    Go(u32),
    /// A Rust native: index into `Module::natives`.
    Native(u32),
}

/// A func value: the code plus its captured environment (closure cells, or the receiver of
/// a method value, passed as the first argument).
pub struct Closure {
    pub callee: Callee,
    pub env: Box<[Value]>,
    /// For a bound method value `x.M`: the receiver is `env[0]` and is prepended to the args.
    pub bound: bool,
}

impl Value {
    pub fn str(s: &str) -> Value {
        if s.is_empty() {
            return Value::Str(GoStr::empty());
        }
        Value::Str(GoStr::new(s.as_bytes()))
    }
    pub fn bytes_str(b: impl Into<Box<[u8]>>) -> Value {
        Value::Str(GoStr::new(b))
    }
    /// A fresh struct or array value.
    pub fn agg(slots: Vec<Value>) -> Value {
        Value::Agg(Obj::new(slots))
    }
    /// A slice over a fresh backing array holding exactly `elems`.
    pub fn slice(elems: Vec<Value>) -> Value {
        let len = elems.len();
        Value::Slice(Arc::new(SliceHdr { arr: Obj::new(elems), off: 0, len, cap: len }))
    }
    /// A pointer to a fresh cell holding `v` (`new(T)`, `&x` of an escaped variable).
    pub fn new_cell(v: Value) -> Value {
        match v {
            Value::Agg(o) => Value::Pointer(o, WHOLE),
            v => Value::Pointer(Obj::cell(v), 0),
        }
    }
    /// Boxes `v` in an interface whose dynamic type is `ty`.
    pub fn iface(ty: TypeId, v: Value) -> Value {
        Value::Iface(ty, Arc::new(v))
    }

    /// Overwrites `self` with `v`. A scalar (nil, bool, integer, float) owns nothing, so
    /// the old value is forgotten inline; one holding a reference is dropped out of line.
    /// The dispatch loop stores every result this way.
    #[inline(always)]
    pub fn set(&mut self, v: Value) {
        let old = std::mem::replace(self, v);
        if matches!(old, Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_)) {
            std::mem::forget(old);
        } else {
            drop_value(old);
        }
    }

    #[inline]
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => 0,
        }
    }
    #[inline]
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            _ => 0.0,
        }
    }
    #[inline]
    pub fn as_bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
    /// The bytes of a string value (empty for anything else, including the zero value).
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Value::Str(s) => s.as_bytes(),
            _ => &[],
        }
    }
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
    /// The elements of a slice value (empty for nil).
    pub fn slice_to_vec(&self) -> Vec<Value> {
        match self {
            Value::Slice(h) => h.to_vec(),
            _ => Vec::new(),
        }
    }
    /// The dynamic type and value of an interface value, `None` for a nil interface.
    pub fn iface_parts(&self) -> Option<(TypeId, &Value)> {
        match self {
            Value::Iface(t, v) => Some((*t, v)),
            _ => None,
        }
    }
    /// What a pointer points to (`None` for nil).
    pub fn deref(&self) -> Option<Value> {
        match self {
            Value::Pointer(o, WHOLE) => Some(Value::Agg(o.clone())),
            Value::Pointer(o, i) => Some(o.load(*i as usize)),
            _ => None,
        }
    }
    /// Runs `f` on the struct `self` points to; `None` when `self` is nil.
    #[inline(always)]
    fn with_pointee<R>(&self, f: impl FnOnce(&Obj) -> R) -> Option<R> {
        match self {
            Value::Pointer(o, WHOLE) => Some(f(o)),
            p => match p.deref()? {
                Value::Agg(o) => Some(f(&o)),
                _ => None,
            },
        }
    }
    /// Field `idx` of the struct `self` points to; `None` when `self` is nil.
    #[inline]
    pub fn field_through(&self, idx: usize) -> Option<Value> {
        self.with_pointee(|o| o.load(idx))
    }
    /// Runs `f` on field `idx` of the struct `self` points to, in place (no copy of the
    /// field's value); `None` when `self` is nil. `f` must not store into that field.
    #[inline(always)]
    pub fn with_field_through<R>(&self, idx: usize, f: impl FnOnce(&Value) -> R) -> Option<R> {
        self.with_pointee(|o| o.with_slot(idx, f))
    }
    /// [`Value::field_through`] written into `d` in place; false when `self` is nil.
    #[inline(always)]
    pub fn field_through_into(&self, idx: usize, d: &mut Value) -> bool {
        self.with_pointee(|o| o.load_into(idx, d)).is_some()
    }
    /// Stores `v` into field `idx` of the struct `self` points to; false when `self` is nil.
    #[inline]
    pub fn store_field_through(&self, idx: usize, v: Value) -> bool {
        self.with_pointee(|o| o.store(idx, v)).is_some()
    }
    /// `*p = v`; false when `self` is nil (not a pointer).
    pub fn store_through(&self, v: Value) -> bool {
        match (self, &v) {
            (Value::Pointer(o, WHOLE), Value::Agg(src)) => o.assign_from(src),
            (Value::Pointer(o, i), _) => o.store(*i as usize, v),
            _ => return false,
        }
        true
    }
    /// A stand-in address for a reference value (0 for nil): stable for the referenced
    /// location's lifetime, distinct between live locations. Printing pointers and keying
    /// semaphores by address (Go's `sema.go`) use it.
    pub fn address(&self) -> usize {
        match self {
            Value::Pointer(o, WHOLE) | Value::Agg(o) => Arc::as_ptr(o) as usize,
            Value::Pointer(o, i) => o.slot_addr(*i as usize),
            Value::Slice(s) => s.arr.slot_addr(s.off),
            Value::Map(m) => Arc::as_ptr(m) as usize,
            Value::Chan(c) => Arc::as_ptr(c) as usize,
            Value::Func(f) => Arc::as_ptr(f) as usize,
            _ => 0,
        }
    }

    /// Whether dropping this value may free other objects.
    pub(crate) fn owns_heap(&self) -> bool {
        matches!(self, Value::Agg(_) | Value::Pointer(..) | Value::Slice(_) | Value::Iface(..) | Value::Func(_) | Value::Map(_))
    }

    /// Drops this value; if it was the last reference to a heap object, moves that
    /// object's values to `pending` instead of dropping them recursively.
    fn release_into(self, pending: &mut Vec<Value>) {
        let take_obj = |o: Arc<Obj>, pending: &mut Vec<Value>| {
            if let Ok(mut obj) = Arc::try_unwrap(o) {
                if let Body::Values(m) = &mut obj.body {
                    pending.append(&mut m.take_all());
                }
            }
        };
        match self {
            Value::Agg(o) | Value::Pointer(o, _) => take_obj(o, pending),
            Value::Slice(h) => {
                if let Ok(h) = Arc::try_unwrap(h) {
                    take_obj(h.arr, pending);
                }
            }
            Value::Iface(_, v) => {
                if let Ok(v) = Arc::try_unwrap(v) {
                    pending.push(v);
                }
            }
            Value::Func(c) => {
                if let Ok(c) = Arc::try_unwrap(c) {
                    pending.extend(c.env.into_vec());
                }
            }
            Value::Map(m) => {
                if let Ok(mut m) = Arc::try_unwrap(m) {
                    for (_, (k, v)) in m.entries.get_mut().drain() {
                        pending.push(k);
                        pending.push(v);
                    }
                }
            }
            _ => {}
        }
    }

    /// Go's copy of a struct or array value: a fresh object, nested aggregates copied too.
    /// Other values are returned as they are (a clone of the reference).
    pub fn copy_agg(&self) -> Value {
        match self {
            Value::Agg(o) => Value::Agg(o.duplicate()),
            v => v.clone(),
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => f.write_str("nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Complex(c) => write!(f, "({}+{}i)", c.0, c.1),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Agg(o) => f.debug_list().entries(o.to_vec()).finish(),
            Value::Pointer(o, i) => write!(f, "&{:p}[{i}]", Arc::as_ptr(o)),
            Value::Slice(h) => f.debug_list().entries(h.to_vec()).finish(),
            Value::Map(m) => write!(f, "map[{} entries]", m.len()),
            Value::Chan(c) => write!(f, "chan {:p}", Arc::as_ptr(c)),
            Value::Func(c) => write!(f, "func {:?}", c.callee),
            Value::Iface(t, v) => write!(f, "iface({}, {:?})", t.0, v),
        }
    }
}

/// Go's `==` on two values of the same static type. `Err(ty)` when comparing interfaces
/// whose dynamic type `ty` is not comparable (Go panics: `comparing uncomparable type`).
pub fn equal(table: &TypeTable, a: &Value, b: &Value) -> Result<bool, TypeId> {
    Ok(match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Complex(x), Value::Complex(y)) => x.0 == y.0 && x.1 == y.1,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Str(x), Value::Nil) | (Value::Nil, Value::Str(x)) => x.is_empty(),
        (Value::Agg(x), Value::Agg(y)) => {
            // No shortcut for `x` compared with itself: a NaN inside makes it unequal.
            let (xs, ys) = (x.to_vec(), y.to_vec());
            for (p, q) in xs.iter().zip(&ys) {
                if !equal(table, p, q)? {
                    return Ok(false);
                }
            }
            true
        }
        (Value::Pointer(x, i), Value::Pointer(y, j)) => Arc::ptr_eq(x, y) && i == j,
        (Value::Chan(x), Value::Chan(y)) => Arc::ptr_eq(x, y),
        (Value::Map(x), Value::Map(y)) => Arc::ptr_eq(x, y),
        (Value::Func(x), Value::Func(y)) => Arc::ptr_eq(x, y),
        (Value::Slice(x), Value::Slice(y)) => Arc::ptr_eq(x, y),
        (Value::Iface(t, x), Value::Iface(u, y)) => {
            if t != u {
                return Ok(false);
            }
            if !table.comparable(*t) {
                return Err(*t);
            }
            equal(table, x, y)?
        }
        _ => false,
    })
}

impl Key {
    /// The map key for `v` (of a comparable static type). `Err(ty)` when `v` is an
    /// interface whose dynamic type `ty` is not hashable (Go panics: `hash of unhashable type`).
    pub fn of(table: &TypeTable, v: &Value) -> Result<Key, TypeId> {
        Ok(match v {
            Value::Nil => Key::Nil,
            Value::Bool(b) => Key::Bool(*b),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) if f.is_nan() => fresh_nan(),
            Value::Float(f) => Key::Float(float_key(*f)),
            Value::Complex(c) if c.0.is_nan() || c.1.is_nan() => fresh_nan(),
            Value::Complex(c) => Key::Complex(float_key(c.0), float_key(c.1)),
            Value::Str(s) => Key::Str(s.clone()),
            Value::Agg(o) => Key::Agg(o.to_vec().iter().map(|x| Key::of(table, x)).collect::<Result<_, _>>()?),
            Value::Pointer(o, i) => Key::Ptr(Arc::as_ptr(o) as usize, *i),
            Value::Chan(c) => Key::Ref(Arc::as_ptr(c) as usize),
            Value::Map(m) => Key::Ref(Arc::as_ptr(m) as usize),
            Value::Func(f) => Key::Ref(Arc::as_ptr(f) as usize),
            Value::Slice(s) => Key::Ref(Arc::as_ptr(s) as usize),
            Value::Iface(t, x) => {
                if !table.comparable(*t) {
                    return Err(*t);
                }
                Key::Iface(*t, Box::new(Key::of(table, x)?))
            }
        })
    }
}

/// A NaN key unequal to every other key.
fn fresh_nan() -> Key {
    static NANS: AtomicU64 = AtomicU64::new(0);
    Key::Nan(NANS.fetch_add(1, Relaxed))
}

fn float_key(f: f64) -> u64 {
    if f == 0.0 {
        0
    } else {
        f.to_bits()
    }
}

/// The zero value of `ty`: fresh objects for structs and arrays (recursively), `Nil` for
/// reference kinds.
pub fn zero_value(table: &TypeTable, ty: TypeId) -> Value {
    match table.under(ty) {
        Type::Basic(k) => match k {
            BasicKind::Bool | BasicKind::UntypedBool => Value::Bool(false),
            BasicKind::String | BasicKind::UntypedString => Value::str(""),
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => Value::Float(0.0),
            BasicKind::Complex64 | BasicKind::Complex128 => Value::Complex(Arc::new((0.0, 0.0))),
            BasicKind::UntypedNil | BasicKind::UnsafePointer | BasicKind::Invalid => Value::Nil,
            _ => Value::Int(0),
        },
        Type::Struct(fields) => Value::agg(fields.iter().map(|f| zero_value(table, f.ty)).collect()),
        Type::Array { len, elem } => {
            if let Some(kind) = ScalarKind::of(table, *elem) {
                return Value::Agg(Obj::packed(kind, *len as usize));
            }
            let z = zero_value(table, *elem);
            Value::agg((0..*len).map(|_| z.copy_agg()).collect())
        }
        _ => Value::Nil,
    }
}
