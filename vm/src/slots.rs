//! The slots of a heap object (`Obj`'s `Body::Values`): struct fields, array and slice
//! elements, escaped variables, of any type. Reads take no lock; writes are serialised.
//!
//! # Layout and the read protocol
//!
//! A slot is a [`Cell`] of two atomic words, the [`Value`] it holds *encoded*: a head word
//! with the kind (and a 32-bit extra: a pointer's slot, an interface's dynamic type) and a
//! payload word (the scalar's bits or the raw `Arc` pointer). The object also has one
//! sequence word, `seq`, which is both the writers' lock and a seqlock for readers:
//!
//! - A **writer** turns `seq` from even to odd (compare-and-swap, spinning while another
//!   writer holds it), stores the new words, and releases it with `seq + 2`, even again.
//! - A **reader** loads `seq`, the two words, and `seq` again. If both loads of `seq` saw
//!   the same even number, no writer touched the object in between, so the words are one
//!   slot's words as some writer stored them: a whole value, never half of one value and
//!   half of another. Otherwise it retries (and after a few tries takes the lock).
//!
//! # Why a reader may use what it read: displaced values wait in limbo
//!
//! The words a reader decodes are a *view* ([`View`]): they own no reference count, yet
//! the reader follows the pointer (to clone the `Arc`, or to read through it: `x[i][j]`).
//! That is only sound if the object cannot be freed in the meantime, although a writer may
//! have replaced it in the slot a nanosecond after the reader's second `seq` load. So a
//! writer never drops a displaced reference: it hands it to `limbo::retire`, which keeps it
//! until every thread that was running a goroutine at that moment has stopped running it
//! (see `limbo.rs`). Optimistic reads are therefore allowed only while the reading thread
//! is *online* (`limbo::is_online`, between `limbo::enter` and `limbo::leave`); anywhere
//! else a read takes the writers' lock, under which nothing in the object can be displaced.
//!
//! # Dropping at once when nobody else is online
//!
//! Limbo costs a delay (memory freed later, colder caches). A writer may drop a displaced
//! value at once if, *while it holds the writers' lock*, it finds no other thread online
//! (`Guard::displace`). Why that is enough: a reader holding a view validated it with a
//! sequentially consistent load of `seq` that read a value from before the writer's
//! compare-and-swap, and it had announced itself online (a sequentially consistent store)
//! before that load. In the single total order of sequentially consistent operations the
//! announcement therefore precedes the writer's swap, which precedes the writer's look at
//! the announcements: the writer sees the reader online and retires the value instead. A
//! reader that comes online later reads `seq` after the swap and either retries (odd) or
//! reads the new value.
//!
//! A view lives only as long as the closure it is lent to (`Slots::with`), which must not
//! store into the slot it is viewing. Views never outlive the goroutine's current step, so
//! a goroutine that stops (parks, is preempted, enters a system call) holds none.
//!
//! # Why the encoding is sound
//!
//! A cell's words always hold an encoding made by [`encode`] from a live `Value` whose
//! references (one count per `Arc`) the cell owns. [`decode`] takes that ownership back
//! exactly once: when the slot is overwritten (the old value goes to limbo) or when the
//! object is dropped (`take_all`, with `&mut self`: nobody else can read it). [`view`]
//! rebuilds the value without taking ownership and wraps it in `ManuallyDrop`, so its
//! counts are never decremented; cloning a view increments them as any clone does.

use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::sync::atomic::{fence, AtomicU64, Ordering};
use std::sync::Arc;

use minigo_types::TypeId;

use crate::limbo;
use crate::value::{drop_value, Closure, GoStr, MapObj, Obj, SliceHdr, Value};
use minigo_runtime::chan::Chan;

/// One slot: a value's two words (see [`encode`]).
struct Cell {
    head: AtomicU64,
    word: AtomicU64,
}

/// A heap object's slots. See the module documentation.
pub(crate) struct Slots {
    /// Even: no writer. Odd: a writer is storing. Every write adds 2 in all.
    seq: AtomicU64,
    cells: Box<[Cell]>,
}

/// A slot's value, borrowed: it owns no reference counts (see the module documentation).
pub(crate) struct View(ManuallyDrop<Value>);

impl Deref for View {
    type Target = Value;
    fn deref(&self) -> &Value {
        &self.0
    }
}

/// Optimistic reads tried before taking the lock (a writer holds it for a few stores).
const OPTIMISTIC_TRIES: u32 = 8;

/// Spins before each yield of the thread while waiting for the writers' lock.
const SPINS_BEFORE_YIELD: u32 = 64;

impl Slots {
    pub(crate) fn new(vals: Vec<Value>) -> Slots {
        let cells = vals.into_iter().map(|v| {
            let (head, word) = encode(v);
            Cell { head: AtomicU64::new(head), word: AtomicU64::new(word) }
        });
        Slots { seq: AtomicU64::new(0), cells: cells.collect() }
    }

    /// The number of slots (fixed at creation).
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.cells.len()
    }

    /// The address of slot `i` (for `%p` and pointer identity).
    pub(crate) fn addr(&self, i: usize) -> usize {
        self.cells.as_ptr() as usize + i * std::mem::size_of::<Cell>()
    }

    /// Runs `f` on slot `i` (which must exist). `f` must not store into slot `i`.
    #[inline(always)]
    pub(crate) fn with<R>(&self, i: usize, f: impl FnOnce(&Value) -> R) -> R {
        let cell = &self.cells[i];
        if limbo::is_online() {
            for _ in 0..OPTIMISTIC_TRIES {
                // SeqCst (a plain load on x86): see "Dropping at once" above.
                let before = self.seq.load(Ordering::SeqCst);
                let (head, word) = (cell.head.load(Ordering::Relaxed), cell.word.load(Ordering::Relaxed));
                fence(Ordering::Acquire);
                if before & 1 == 0 && self.seq.load(Ordering::SeqCst) == before {
                    // SAFETY: the unchanged even `seq` proves the words are one encoding a
                    // writer stored whole; this thread is online, so whatever they
                    // reference is either still in the slot or waiting in limbo until
                    // after this thread next goes offline, which `f`'s return precedes.
                    return f(&*unsafe { view(head, word) });
                }
                std::hint::spin_loop();
            }
        }
        self.with_locked(i, f)
    }

    #[cold]
    #[inline(never)]
    fn with_locked<R>(&self, i: usize, f: impl FnOnce(&Value) -> R) -> R {
        let g = self.lock();
        f(&*g.view(i))
    }

    /// A copy of slot `i`.
    #[inline(always)]
    pub(crate) fn load(&self, i: usize) -> Value {
        self.with(i, Value::clone)
    }

    /// Takes the writers' lock.
    #[inline]
    pub(crate) fn lock(&self) -> Guard<'_> {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 == 1 || self.seq.compare_exchange_weak(s, s + 1, Ordering::Acquire, Ordering::Relaxed).is_err() {
            return self.lock_contended();
        }
        fence(Ordering::Release);
        Guard { slots: self, seq: s + 1 }
    }

    #[cold]
    fn lock_contended(&self) -> Guard<'_> {
        loop {
            for _ in 0..SPINS_BEFORE_YIELD {
                if let Some(g) = self.try_lock() {
                    return g;
                }
                std::hint::spin_loop();
            }
            std::thread::yield_now();
        }
    }

    /// The writers' lock, unless another thread holds it.
    pub(crate) fn try_lock(&self) -> Option<Guard<'_>> {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 == 1 {
            return None;
        }
        self.seq.compare_exchange(s, s + 1, Ordering::Acquire, Ordering::Relaxed).ok()?;
        fence(Ordering::Release);
        Some(Guard { slots: self, seq: s + 1 })
    }

    /// Every slot's value, leaving the object empty (it is being dropped).
    pub(crate) fn take_all(&mut self) -> Vec<Value> {
        let cells = std::mem::take(&mut self.cells);
        // SAFETY: `&mut self`: no reader or writer can reach the cells; each encoding's
        // ownership is taken once, and the cells are gone after this.
        cells.into_vec().into_iter().map(|c| unsafe { decode(c.head.into_inner(), c.word.into_inner()) }).collect()
    }
}

impl Drop for Slots {
    fn drop(&mut self) {
        drop(self.take_all());
    }
}

/// The writers' lock on an object's slots; released when dropped.
pub(crate) struct Guard<'a> {
    slots: &'a Slots,
    seq: u64,
}

impl Guard<'_> {
    pub(crate) fn len(&self) -> usize {
        self.slots.len()
    }

    /// The aggregate in slot `i`, if it holds one (read without decoding other kinds).
    pub(crate) fn agg(&self, i: usize) -> Option<Arc<Obj>> {
        let c = &self.slots.cells[i];
        if c.head.load(Ordering::Relaxed) != AGG {
            return None;
        }
        match &*self.view(i) {
            Value::Agg(o) => Some(o.clone()),
            _ => None,
        }
    }

    /// Slot `i`, borrowed.
    #[inline(always)]
    pub(crate) fn view(&self, i: usize) -> View {
        let c = &self.slots.cells[i];
        // SAFETY: the lock is held, so no write can displace the value while the view
        // lives (it borrows the guard).
        unsafe { view(c.head.load(Ordering::Relaxed), c.word.load(Ordering::Relaxed)) }
    }

    /// Stores `v` into slot `i` and returns the value it displaced. A displaced reference
    /// may still be viewed by an online reader: a caller that would drop it outside a
    /// stopped world uses [`Guard::displace`] instead, which disposes of it safely.
    #[inline(always)]
    pub(crate) fn replace(&mut self, i: usize, v: Value) -> Value {
        let c = &self.slots.cells[i];
        let (head, word) = encode(v);
        let old = (c.head.load(Ordering::Relaxed), c.word.load(Ordering::Relaxed));
        c.head.store(head, Ordering::Relaxed);
        c.word.store(word, Ordering::Relaxed);
        // SAFETY: the lock makes this the only writer; the old words were an encoding
        // owned by the cell, whose ownership moves to the returned value.
        unsafe { decode(old.0, old.1) }
    }

    /// Stores `v` into slot `i` and disposes of the value it displaced: dropped at once if
    /// no other thread is online, else retired to limbo (see "Dropping at once").
    #[inline(always)]
    pub(crate) fn displace(&mut self, i: usize, v: Value) {
        let old = self.replace(i, v);
        if !matches!(old, Value::Nil | Value::Bool(_) | Value::Int(_) | Value::Float(_)) {
            if limbo::alone() {
                drop_value(old);
            } else {
                limbo::retire(old);
            }
        }
    }

    /// Copies of the slots `off..off + n`.
    pub(crate) fn read_range(&self, off: usize, n: usize) -> Vec<Value> {
        (off..off + n).map(|i| Value::clone(&self.view(i))).collect()
    }
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.slots.seq.store(self.seq + 1, Ordering::Release);
    }
}

// Head word kinds (the low 32 bits; the high 32 bits hold a pointer's slot or an
// interface's type).
const NIL: u64 = 0;
const BOOL: u64 = 1;
const INT: u64 = 2;
const FLOAT: u64 = 3;
const COMPLEX: u64 = 4;
const STR: u64 = 5;
const AGG: u64 = 6;
const POINTER: u64 = 7;
const SLICE: u64 = 8;
const MAP: u64 = 9;
const CHAN: u64 = 10;
const FUNC: u64 = 11;
const IFACE: u64 = 12;

fn raw<T>(a: Arc<T>) -> u64 {
    Arc::into_raw(a) as u64
}

/// A value as two words, its references moved into them (see the module documentation).
#[inline(always)]
fn encode(v: Value) -> (u64, u64) {
    match v {
        Value::Nil => (NIL, 0),
        Value::Bool(b) => (BOOL, b as u64),
        Value::Int(i) => (INT, i as u64),
        Value::Float(f) => (FLOAT, f.to_bits()),
        Value::Complex(c) => (COMPLEX, raw(c)),
        Value::Str(s) => (STR, s.into_raw()),
        Value::Agg(o) => (AGG, raw(o)),
        Value::Pointer(o, slot) => (POINTER | (slot as u64) << 32, raw(o)),
        Value::Slice(h) => (SLICE, raw(h)),
        Value::Map(m) => (MAP, raw(m)),
        Value::Chan(c) => (CHAN, raw(c)),
        Value::Func(c) => (FUNC, raw(c)),
        Value::Iface(ty, v) => (IFACE | (ty.0 as u64) << 32, raw(v)),
    }
}

/// The value two words encode, taking ownership of the references they hold.
///
/// # Safety
/// `(head, word)` must come from [`encode`], and its ownership must not be taken again.
#[inline(always)]
unsafe fn decode(head: u64, word: u64) -> Value {
    let extra = (head >> 32) as u32;
    // SAFETY (each arm): the word is the `Arc::into_raw` of the type its kind names.
    unsafe {
        match head & 0xffff_ffff {
            NIL => Value::Nil,
            BOOL => Value::Bool(word != 0),
            INT => Value::Int(word as i64),
            FLOAT => Value::Float(f64::from_bits(word)),
            COMPLEX => Value::Complex(Arc::from_raw(word as *const (f64, f64))),
            STR => Value::Str(GoStr::from_raw(word)),
            AGG => Value::Agg(Arc::from_raw(word as *const Obj)),
            POINTER => Value::Pointer(Arc::from_raw(word as *const Obj), extra),
            SLICE => Value::Slice(Arc::from_raw(word as *const SliceHdr)),
            MAP => Value::Map(Arc::from_raw(word as *const MapObj)),
            CHAN => Value::Chan(Arc::from_raw(word as *const Chan<Value>)),
            FUNC => Value::Func(Arc::from_raw(word as *const Closure)),
            _ => Value::Iface(TypeId(extra), Arc::from_raw(word as *const Value)),
        }
    }
}

/// The value two words encode, borrowed (its counts are never decremented).
///
/// # Safety
/// `(head, word)` must come from [`encode`], and the references must stay alive as long
/// as the view does.
#[inline(always)]
unsafe fn view(head: u64, word: u64) -> View {
    // SAFETY: as `decode`, whose ownership `ManuallyDrop` never gives back.
    View(ManuallyDrop::new(unsafe { decode(head, word) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Value> {
        vec![
            Value::Nil,
            Value::Bool(true),
            Value::Int(-7),
            Value::Float(2.5),
            Value::Str(GoStr::new(b"hi".to_vec())),
            Value::Pointer(Obj::new(vec![Value::Int(1), Value::Nil]), 1),
            Value::iface(TypeId(42), Value::Int(9)),
        ]
    }

    #[test]
    fn values_round_trip_through_the_cells() {
        let vals = sample();
        let slots = Slots::new(vals.clone());
        assert_eq!(slots.len(), vals.len());
        for (i, v) in vals.iter().enumerate() {
            let got = slots.load(i);
            assert_eq!(format!("{got:?}"), format!("{v:?}"));
        }
    }

    #[test]
    fn a_displaced_value_keeps_its_count_until_retired() {
        let target = Obj::new(vec![Value::Int(5)]);
        let slots = Slots::new(vec![Value::Pointer(target.clone(), 0)]);
        assert_eq!(Arc::strong_count(&target), 2);
        let old = slots.lock().replace(0, Value::Nil);
        assert_eq!(Arc::strong_count(&target), 2);
        drop(old);
        assert_eq!(Arc::strong_count(&target), 1);
    }

    #[test]
    fn a_view_does_not_change_counts() {
        let target = Obj::new(vec![Value::Int(5)]);
        let slots = Slots::new(vec![Value::Agg(target.clone())]);
        slots.with(0, |v| assert!(matches!(v, Value::Agg(_))));
        assert_eq!(Arc::strong_count(&target), 2);
        let copy = slots.load(0);
        assert_eq!(Arc::strong_count(&target), 3);
        drop(copy);
        drop(slots);
        assert_eq!(Arc::strong_count(&target), 1);
    }

    /// Readers racing writers that store values of different kinds (an integer, a
    /// string, a pointer) always see one whole value, online or not.
    #[test]
    fn racing_readers_see_whole_values() {
        let slots = Arc::new(Slots::new(vec![Value::Int(0)]));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let writer = {
            let (slots, stop) = (slots.clone(), stop.clone());
            std::thread::spawn(move || {
                let mut n = 0i64;
                while !stop.load(Ordering::Relaxed) {
                    let v = match n % 3 {
                        0 => Value::Int(n),
                        1 => Value::Str(GoStr::new(n.to_string().into_bytes())),
                        _ => Value::Pointer(Obj::new(vec![Value::Int(n)]), 0),
                    };
                    slots.lock().displace(0, v);
                    n += 1;
                }
            })
        };
        for online in [true, false] {
            if online {
                limbo::enter();
            }
            for _ in 0..if cfg!(miri) { 200 } else { 20_000 } {
                slots.with(0, |v| match v {
                    Value::Int(n) => assert!(*n % 3 == 0),
                    Value::Str(s) => assert!(s.to_string_lossy().parse::<i64>().unwrap() % 3 == 1),
                    Value::Pointer(o, 0) => assert!(o.load(0).as_int() % 3 == 2),
                    other => panic!("torn value {other:?}"),
                });
            }
            if online {
                limbo::leave();
            }
        }
        stop.store(true, Ordering::Relaxed);
        writer.join().unwrap();
    }
}
