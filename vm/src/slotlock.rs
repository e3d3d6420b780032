//! The lock that guards a heap object's slots (`Obj`'s `Body::Values`).
//!
//! Every load and store of a slot that may hold a reference (pointer, slice, string,
//! interface, map, chan, func, nested aggregate) takes this lock for the few instructions it
//! needs to clone or replace a 16-byte `Value`. Guest data races therefore see old or new
//! values, never a torn one, and a reference being replaced can never be freed under a
//! reader that is cloning it.
//!
//! Why not `parking_lot::Mutex`: its release is a compare-and-swap (it must notice parked
//! waiters), so an uncontended load costs two atomic read-modify-write instructions. The
//! critical sections here never block, never call guest code and never take the lock of
//! an object that is not a descendant of this one, so a test-and-set lock released by a
//! plain store suffices: one atomic RMW per access. A waiter spins briefly, then yields its
//! thread (the holder may have been descheduled by the OS).
//!
//! Soundness rests on one invariant: the `UnsafeCell` is only reached through a
//! [`SlotGuard`] (which exists only while `locked` was set by this guard's acquisition and
//! not yet released) or through `&mut SlotLock` (exclusive by Rust's rules). Acquire on
//! taking the lock and Release on dropping it order every access inside one critical
//! section before every access inside the next.

use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};

/// A test-and-set lock owning a `T`.
pub(crate) struct SlotLock<T> {
    locked: AtomicBool,
    data: UnsafeCell<T>,
}

// SAFETY: the lock hands out access to `data` to one thread at a time (see the module
// invariant), so sharing a `SlotLock<T>` between threads is as safe as sending the `T`.
unsafe impl<T: Send> Sync for SlotLock<T> {}

/// Proof that the lock is held; releases it when dropped.
pub(crate) struct SlotGuard<'a, T> {
    lock: &'a SlotLock<T>,
}

/// Spins before each yield of the thread while waiting for the lock.
const SPINS_BEFORE_YIELD: u32 = 64;

impl<T> SlotLock<T> {
    pub(crate) fn new(data: T) -> SlotLock<T> {
        SlotLock { locked: AtomicBool::new(false), data: UnsafeCell::new(data) }
    }

    #[inline]
    pub(crate) fn lock(&self) -> SlotGuard<'_, T> {
        if self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            self.lock_contended();
        }
        SlotGuard { lock: self }
    }

    #[cold]
    fn lock_contended(&self) {
        loop {
            for _ in 0..SPINS_BEFORE_YIELD {
                if !self.locked.load(Ordering::Relaxed)
                    && self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_ok()
                {
                    return;
                }
                std::hint::spin_loop();
            }
            std::thread::yield_now();
        }
    }

    /// The guard, unless another thread holds the lock.
    pub(crate) fn try_lock(&self) -> Option<SlotGuard<'_, T>> {
        self.locked
            .compare_exchange(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
            .then_some(SlotGuard { lock: self })
    }

    /// The data, through exclusive access (no locking needed).
    pub(crate) fn get_mut(&mut self) -> &mut T {
        self.data.get_mut()
    }
}

impl<T> Deref for SlotGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: this guard holds the lock, so no other guard exists and no `&mut
        // SlotLock` can (the guard borrows the lock); the reference cannot outlive the guard.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T> DerefMut for SlotGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` makes this the only reference made through
        // this guard.
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T> Drop for SlotGuard<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.lock.locked.store(false, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::SlotLock;
    use std::sync::Arc;

    #[test]
    fn counts_exactly_under_contention() {
        let lock = Arc::new(SlotLock::new(0u64));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let lock = lock.clone();
                std::thread::spawn(move || {
                    for _ in 0..20_000 {
                        *lock.lock() += 1;
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(*lock.lock(), 80_000);
    }

    #[test]
    fn try_lock_fails_while_held() {
        let lock = SlotLock::new(vec![1]);
        let guard = lock.lock();
        assert!(lock.try_lock().is_none());
        drop(guard);
        assert_eq!(lock.try_lock().map(|g| g.len()), Some(1));
    }
}
