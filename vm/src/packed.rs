//! Packed scalar storage: the elements of a `[]byte`, `[]bool`, `[N]int32`, `[]float64`...
//! stored at their Go size, one atomic cell each, with no lock.
//!
//! An object whose element type is a boolean, integer or float kind (the checker knows it
//! where the object is allocated: `make`, `append`'s growth, `[]byte(s)`, an array's zero
//! value) keeps its elements here instead of as 16-byte [`Value`]s behind a mutex: a
//! `[]byte` costs one byte per element, as in Go, and loads and stores are single relaxed
//! atomic operations.
//!
//! Why this is safe under guest data races without any `unsafe`: every element is its own
//! `AtomicU8`/`AtomicU16`/`AtomicU32`/`AtomicU64`, so two goroutines racing on one element
//! each see a whole old or a whole new value, as Go's memory model promises for word-sized
//! and smaller scalars; no element can be torn and no element holds a reference, so a race
//! can never produce a dangling pointer or a value of the wrong type (every bit pattern of
//! a cell decodes to a valid value of its kind).

use std::sync::atomic::{AtomicU16, AtomicU32, AtomicU64, AtomicU8, Ordering::Relaxed};

use minigo_types::{BasicKind, Type, TypeId, TypeTable};

use crate::value::Value;

/// The element kind of a packed object: how a cell's bits decode to a [`Value`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScalarKind {
    Bool,
    Int8,
    Uint8,
    Int16,
    Uint16,
    Int32,
    Uint32,
    /// `int`, `int64`, `uint`, `uint64`, `uintptr`: the bit pattern as it is.
    Int64,
    Float32,
    Float64,
}

impl ScalarKind {
    /// The packed kind of values of type `ty`, if it is a boolean, integer or float type.
    pub fn of(table: &TypeTable, ty: TypeId) -> Option<ScalarKind> {
        let Type::Basic(k) = table.under(ty) else { return None };
        Some(match k {
            BasicKind::Bool => ScalarKind::Bool,
            BasicKind::Int8 => ScalarKind::Int8,
            BasicKind::Uint8 => ScalarKind::Uint8,
            BasicKind::Int16 => ScalarKind::Int16,
            BasicKind::Uint16 => ScalarKind::Uint16,
            BasicKind::Int32 => ScalarKind::Int32,
            BasicKind::Uint32 => ScalarKind::Uint32,
            BasicKind::Int | BasicKind::Int64 | BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => ScalarKind::Int64,
            BasicKind::Float32 => ScalarKind::Float32,
            BasicKind::Float64 => ScalarKind::Float64,
            _ => return None,
        })
    }

    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            ScalarKind::Bool | ScalarKind::Int8 | ScalarKind::Uint8 => 1,
            ScalarKind::Int16 | ScalarKind::Uint16 => 2,
            ScalarKind::Int32 | ScalarKind::Uint32 | ScalarKind::Float32 => 4,
            ScalarKind::Int64 | ScalarKind::Float64 => 8,
        }
    }

    /// The value a cell's bits stand for (sign- or zero-extended as the typed instructions
    /// expect integers in registers).
    #[inline]
    fn decode(self, bits: u64) -> Value {
        match self {
            ScalarKind::Bool => Value::Bool(bits != 0),
            ScalarKind::Int8 => Value::Int(bits as i8 as i64),
            ScalarKind::Uint8 => Value::Int(bits as u8 as i64),
            ScalarKind::Int16 => Value::Int(bits as i16 as i64),
            ScalarKind::Uint16 => Value::Int(bits as u16 as i64),
            ScalarKind::Int32 => Value::Int(bits as i32 as i64),
            ScalarKind::Uint32 => Value::Int(bits as u32 as i64),
            ScalarKind::Int64 => Value::Int(bits as i64),
            ScalarKind::Float32 => Value::Float(f32::from_bits(bits as u32) as f64),
            ScalarKind::Float64 => Value::Float(f64::from_bits(bits)),
        }
    }

    /// The cell bits for `v` (truncated to the cell's width by the store).
    #[inline]
    fn encode(self, v: &Value) -> u64 {
        match self {
            ScalarKind::Bool => v.as_bool() as u64,
            ScalarKind::Float32 => (v.as_float() as f32).to_bits() as u64,
            ScalarKind::Float64 => v.as_float().to_bits(),
            _ => v.as_int() as u64,
        }
    }
}

/// The cells, at the width of their kind.
enum Cells {
    W8(Box<[AtomicU8]>),
    W16(Box<[AtomicU16]>),
    W32(Box<[AtomicU32]>),
    W64(Box<[AtomicU64]>),
}

/// A fixed number of scalar elements of one kind.
pub struct Packed {
    kind: ScalarKind,
    cells: Cells,
}

impl Packed {
    /// `n` zero elements.
    pub fn zeroed(kind: ScalarKind, n: usize) -> Packed {
        let cells = match kind.size() {
            1 => Cells::W8((0..n).map(|_| AtomicU8::new(0)).collect()),
            2 => Cells::W16((0..n).map(|_| AtomicU16::new(0)).collect()),
            4 => Cells::W32((0..n).map(|_| AtomicU32::new(0)).collect()),
            _ => Cells::W64((0..n).map(|_| AtomicU64::new(0)).collect()),
        };
        Packed { kind, cells }
    }

    /// Elements holding `bytes` (a `[]byte(s)` conversion).
    pub fn from_bytes(bytes: &[u8]) -> Packed {
        Packed { kind: ScalarKind::Uint8, cells: Cells::W8(bytes.iter().map(|&b| AtomicU8::new(b)).collect()) }
    }

    pub fn kind(&self) -> ScalarKind {
        self.kind
    }

    pub fn len(&self) -> usize {
        match &self.cells {
            Cells::W8(c) => c.len(),
            Cells::W16(c) => c.len(),
            Cells::W32(c) => c.len(),
            Cells::W64(c) => c.len(),
        }
    }

    /// Bytes the elements occupy.
    pub fn byte_size(&self) -> usize {
        self.len() * self.kind.size()
    }

    #[inline]
    fn load_bits(&self, i: usize) -> u64 {
        match &self.cells {
            Cells::W8(c) => c[i].load(Relaxed) as u64,
            Cells::W16(c) => c[i].load(Relaxed) as u64,
            Cells::W32(c) => c[i].load(Relaxed) as u64,
            Cells::W64(c) => c[i].load(Relaxed),
        }
    }

    #[inline]
    fn store_bits(&self, i: usize, bits: u64) {
        match &self.cells {
            Cells::W8(c) => c[i].store(bits as u8, Relaxed),
            Cells::W16(c) => c[i].store(bits as u16, Relaxed),
            Cells::W32(c) => c[i].store(bits as u32, Relaxed),
            Cells::W64(c) => c[i].store(bits, Relaxed),
        }
    }

    /// Replaces element `i`'s bits if they are still `old`.
    fn compare_exchange_bits(&self, i: usize, old: u64, new: u64) -> bool {
        match &self.cells {
            Cells::W8(c) => c[i].compare_exchange(old as u8, new as u8, Relaxed, Relaxed).is_ok(),
            Cells::W16(c) => c[i].compare_exchange(old as u16, new as u16, Relaxed, Relaxed).is_ok(),
            Cells::W32(c) => c[i].compare_exchange(old as u32, new as u32, Relaxed, Relaxed).is_ok(),
            Cells::W64(c) => c[i].compare_exchange(old, new, Relaxed, Relaxed).is_ok(),
        }
    }

    /// Element `i` (in range: callers check against the Go length).
    #[inline]
    pub fn load(&self, i: usize) -> Value {
        self.kind.decode(self.load_bits(i))
    }

    #[inline]
    pub fn store(&self, i: usize, v: &Value) {
        self.store_bits(i, self.kind.encode(v))
    }

    /// Atomically replaces element `i` by what `f` makes of it (`None`: leave it), and
    /// returns `f`'s result. `f` may run more than once when another goroutine stores
    /// into the element meanwhile.
    pub fn update<R>(&self, i: usize, mut f: impl FnMut(&Value) -> (Option<Value>, R)) -> R {
        loop {
            let bits = self.load_bits(i);
            let (new, r) = f(&self.kind.decode(bits));
            match new {
                None => return r,
                Some(v) if self.compare_exchange_bits(i, bits, self.kind.encode(&v)) => return r,
                Some(_) => {}
            }
        }
    }

    /// A copy of the whole object.
    pub fn duplicate(&self) -> Packed {
        let copy = Packed::zeroed(self.kind, self.len());
        for i in 0..self.len() {
            copy.store_bits(i, self.load_bits(i));
        }
        copy
    }

    /// Elements `off..off+n` as bytes, if the kind is `uint8`/`int8` (a `string(b)`
    /// conversion or a byte-slice native).
    pub fn bytes(&self, off: usize, n: usize) -> Option<Vec<u8>> {
        match &self.cells {
            Cells::W8(c) if self.kind != ScalarKind::Bool => Some(c[off..off + n].iter().map(|b| b.load(Relaxed)).collect()),
            _ => None,
        }
    }

    /// Stores `bytes` into the elements from `to` on; false (nothing stored) unless the
    /// kind is `uint8`/`int8` (`append(b, s...)`, `copy(b, s)` with `s` a string).
    pub fn write_bytes(&self, to: usize, bytes: &[u8]) -> bool {
        match &self.cells {
            Cells::W8(c) if self.kind != ScalarKind::Bool => {
                for (cell, &b) in c[to..to + bytes.len()].iter().zip(bytes) {
                    cell.store(b, Relaxed);
                }
                true
            }
            _ => false,
        }
    }

    /// Copies `n` elements from `src[from..]` to `self[to..]`, as Go's `copy` (overlap
    /// allowed). Both must be of this kind.
    pub fn copy_from(&self, to: usize, src: &Packed, from: usize, n: usize) {
        let forward = !std::ptr::eq(self, src) || to <= from;
        for k in 0..n {
            let k = if forward { k } else { n - 1 - k };
            self.store_bits(to + k, src.load_bits(from + k));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_round_trips_at_its_width() {
        let cases = [
            (ScalarKind::Int8, Value::Int(-3), 1),
            (ScalarKind::Uint8, Value::Int(255), 1),
            (ScalarKind::Int16, Value::Int(-30000), 2),
            (ScalarKind::Uint32, Value::Int(4_000_000_000), 4),
            (ScalarKind::Int64, Value::Int(-1), 8),
            (ScalarKind::Float32, Value::Float(0.5), 4),
            (ScalarKind::Float64, Value::Float(-1e300), 8),
            (ScalarKind::Bool, Value::Bool(true), 1),
        ];
        for (kind, v, size) in cases {
            let p = Packed::zeroed(kind, 3);
            assert_eq!(p.byte_size(), 3 * size);
            p.store(1, &v);
            assert_eq!(format!("{:?}", p.load(1)), format!("{v:?}"), "{kind:?}");
            assert_eq!(format!("{:?}", p.load(0)), format!("{:?}", kind.decode(0)));
        }
    }

    #[test]
    fn copy_handles_overlap_both_ways() {
        let p = Packed::from_bytes(b"abcdef");
        p.copy_from(1, &p, 0, 4);
        assert_eq!(p.bytes(0, 6).unwrap(), b"aabcdf");
        p.copy_from(0, &p, 2, 4);
        assert_eq!(p.bytes(0, 6).unwrap(), b"bcdfdf");
    }

    #[test]
    fn update_is_atomic_across_threads() {
        let p = std::sync::Arc::new(Packed::zeroed(ScalarKind::Int32, 1));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let p = p.clone();
                std::thread::spawn(move || {
                    for _ in 0..10_000 {
                        p.update(0, |v| (Some(Value::Int(v.as_int() + 1)), ()));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(p.load(0).as_int(), 40_000);
    }
}
