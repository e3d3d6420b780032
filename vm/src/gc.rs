//! The cycle collector: frees the objects that reference counting cannot (cycles), and
//! runs finalizers. It is the VM's [`Collector`], called by the runtime's collection
//! cycle (`minigo_runtime::mgc`) with every goroutine stopped.
//!
//! # Why trial deletion, and why it is sound
//!
//! Heap objects are `Arc`s (see `heap.rs`), so each one knows how many references to it
//! exist, from anywhere: other objects, goroutine registers, globals, natives' Rust
//! locals, channel buffers, timers. A cycle's objects keep each other's counts above zero
//! after the program has dropped the last outside reference. The collector finds them by
//! *trial deletion* over the object graph, without needing to enumerate the roots:
//!
//! 1. **Census.** Every registered mutable object (`heap::census`) becomes a node,
//!    with `refs` = its reference count. Objects met as children (slice headers, closures,
//!    interface boxes, channels) become nodes when first seen.
//! 2. **Subtract.** Each reference from a node to a node (a slot, a map entry, a closure's
//!    environment, a slice's array, a channel's buffered element) is subtracted from the target's `refs`; so is each
//!    reference held by the finalizer table. What is left in `refs` counts references from
//!    outside the graph: from roots.
//! 3. **Mark** (tri-colour): nodes with `refs > 0` are grey; scanning a grey node blackens
//!    it and greys its white children. Black nodes are reachable from a root.
//! 4. **Finalizers.** A white object with a finalizer is queued with its argument and made
//!    black again, with everything it references (so the finalizer sees a whole object).
//!    As in Go, when one finalizable object references another, only the first is queued in
//!    this cycle.
//! 5. **Free.** The slots of every white `Obj` are set to nil and every white map is
//!    cleared, which breaks the cycles; reference counting then frees the lot.
//!
//! Soundness rests on two facts. (a) The world is stopped, so no count changes while the
//! collector reads it: every goroutine is parked, runnable, or at a safepoint, Ms in a
//! syscall hold no P and the syscall natives touch no heap object until `exitsyscall`
//! (which waits for the world to restart), and timers only fire on an M holding a P.
//! (b) An edge is subtracted only for a reference the collector has actually seen in a
//! node, once. So a node keeps `refs > 0` whenever *any* reference to it lives outside the
//! graph, wherever that is — a register, a native's local, a sender parked on a channel —
//! and every white node is referenced only by white nodes: no goroutine can
//! ever reach it again, and clearing it is unobservable. An object whose lock is held (a
//! native blocked in a syscall while holding it) is treated as a root. Missing an edge
//! only makes the collector keep garbage, never free a live object.
//!
//! Before the census, every goroutine that is not running forgets the registers above its
//! innermost frame (`Task::gc_scrub`): a returned call's locals would otherwise keep what
//! they referenced alive. Dead registers *inside* live frames still do (Go's compiler
//! computes their liveness; minigo's does not yet).
//!
//! Queued finalizers run one after another on one goroutine, as Go's `fing`: it is started
//! when a cycle queues work and no finalizer goroutine is running, and it exits when the
//! queue is empty (the queue's lock decides both, so a finalizer is never left behind).
//!
//! What it does not do yet: the world stays stopped for the whole mark (Go marks concurrently).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

use minigo_runtime::mgc::{Collector, MarkResult};
use minigo_runtime::mheap::heap_counters;
use parking_lot::Mutex;

use crate::heap::{self, Live};
use crate::machine::Machine;
use minigo_runtime::chan::Chan;

use crate::value::{Closure, MapObj, Obj, SliceHdr, Value};

/// A finalizer set by `runtime.SetFinalizer`: `f(arg)` runs once `obj` is unreachable.
pub struct Finalizer {
    /// The object (the table's one reference to it, subtracted like an edge).
    pub obj: Arc<Obj>,
    /// The slot the pointer points to (a finalizer is keyed by the pointer).
    pub slot: u32,
    /// The func value to run.
    pub f: Value,
    /// Builds the argument from the pointer (boxes it when the parameter is an interface).
    pub wrap: Option<minigo_types::TypeId>,
}

/// The VM's collector: the finalizer table, the queue of finalizers to run, and a cycle's
/// object graph from its mark to its sweep.
#[derive(Default)]
pub struct HeapCollector {
    finalizers: Mutex<Vec<Finalizer>>,
    finq: Mutex<FinQueue>,
    machine: Mutex<Option<Arc<Machine>>>,
    /// The object graph between a cycle's mark and its sweep.
    marked: Mutex<Option<Graph>>,
}

/// Go's `finq`: finalizer calls `(f, arg)` waiting for the finalizer goroutine.
#[derive(Default)]
struct FinQueue {
    calls: std::collections::VecDeque<(Value, Value)>,
    /// Whether the finalizer goroutine exists (it takes calls until `calls` is empty).
    fing_running: bool,
}

impl std::fmt::Debug for HeapCollector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HeapCollector")
    }
}

impl HeapCollector {
    pub(crate) fn attach(&self, m: &Arc<Machine>) {
        *self.machine.lock() = Some(m.clone());
    }
    /// `runtime.SetFinalizer(p, f)`; `f` nil (`None`) removes the finalizer of `p`.
    pub fn set_finalizer(&self, obj: &Arc<Obj>, slot: u32, f: Option<(Value, Option<minigo_types::TypeId>)>) {
        let mut table = self.finalizers.lock();
        table.retain(|e| !(Arc::ptr_eq(&e.obj, obj) && e.slot == slot));
        if let Some((f, wrap)) = f {
            table.push(Finalizer { obj: obj.clone(), slot, f, wrap });
        }
    }
}

impl HeapCollector {
    /// The finalizer goroutine's next call; `None` ends it (and lets the next cycle with
    /// finalizers start a new one).
    pub(crate) fn next_finalizer(&self) -> Option<(Value, Value)> {
        let mut q = self.finq.lock();
        let next = q.calls.pop_front();
        q.fing_running = next.is_some();
        next
    }
}

impl Collector for HeapCollector {
    fn mark(&self) {
        let mut table = self.finalizers.lock();
        let mut graph = Graph::census();
        // The table's references are edges too (its objects may be unregistered ones, which
        // become nodes here, before their edges are looked at).
        let targets: Vec<usize> = table.iter().map(|e| graph.node_of_obj(&e.obj)).collect();
        for &n in &targets {
            graph.refs[n] -= 1;
        }
        graph.subtract();
        graph.mark_from_roots();
        let queued = graph.queue_finalizers(&mut table, &targets);
        self.finq.lock().calls.extend(queued.into_iter().map(|e| {
            let ptr = Value::Pointer(e.obj, e.slot);
            let arg = match e.wrap {
                Some(ty) => Value::iface(ty, ptr),
                None => ptr,
            };
            (e.f, arg)
        }));
        drop(table);
        *self.marked.lock() = Some(graph);
    }

    fn sweep(&self) -> MarkResult {
        if let Some(mut graph) = self.marked.lock().take() {
            let garbage = graph.free_white();
            drop(graph);
            drop(garbage);
        }
        MarkResult { marked_bytes: heap_counters().heap_alloc }
    }

    fn after_cycle(&self) {
        let Some(m) = self.machine.lock().clone() else { return };
        let mut q = self.finq.lock();
        if q.calls.is_empty() || q.fing_running {
            return;
        }
        q.fing_running = true;
        drop(q);
        minigo_runtime::spawn_global(Box::new(crate::goroutine::Goroutine::fing(m)));
    }
}

/// A node of the object graph, held for the length of one collection.
enum NodeRef {
    /// A free registry slot.
    Empty,
    Obj(Arc<Obj>),
    Map(Arc<MapObj>),
    Slice(Arc<SliceHdr>),
    Func(Arc<Closure>),
    Boxed(Arc<Value>),
    Chan(Arc<Chan<Value>>),
}

impl NodeRef {
    /// Another reference to the same object (its node's count was read already).
    fn share(&self) -> NodeRef {
        match self {
            NodeRef::Empty => NodeRef::Empty,
            NodeRef::Obj(o) => NodeRef::Obj(o.clone()),
            NodeRef::Map(m) => NodeRef::Map(m.clone()),
            NodeRef::Slice(h) => NodeRef::Slice(h.clone()),
            NodeRef::Func(c) => NodeRef::Func(c.clone()),
            NodeRef::Boxed(b) => NodeRef::Boxed(b.clone()),
            NodeRef::Chan(c) => NodeRef::Chan(c.clone()),
        }
    }
}

/// Node addresses hash by a multiply (they are distinct pointers, no attacker).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only usize keys are hashed")
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(26);
    }
}

const WHITE: u8 = 0;
const GREY: u8 = 1;
const BLACK: u8 = 2;

/// The graph of one collection: nodes, their remaining counts, their edges (as a
/// compressed adjacency list: node `n`'s children are `edges[first[n]..first[n+1]]`; a
/// heap has fewer than 2³² nodes and edges).
struct Graph {
    nodes: Vec<NodeRef>,
    index: HashMap<usize, usize, BuildHasherDefault<AddrHasher>>,
    refs: Vec<i64>,
    color: Vec<u8>,
    first: Vec<u32>,
    edges: Vec<u32>,
    /// Where each registry shard's nodes start (its entries moved into `nodes`).
    census: heap::Census,
}

impl Graph {
    /// Step 1: a node per registry slot (an empty slot is a node with no count and no
    /// edges), so a registered object's node is found from its registration.
    fn census() -> Graph {
        let census = heap::census();
        let n = census.entries.len();
        let mut g = Graph {
            nodes: Vec::with_capacity(n),
            index: HashMap::default(),
            refs: Vec::with_capacity(n),
            color: Vec::new(),
            first: Vec::with_capacity(n + 1),
            edges: Vec::new(),
            census: heap::Census { entries: Vec::new(), ..census },
        };
        // Each object is held once by the census: its count minus one.
        for e in census.entries {
            match e {
                Some(Live::Obj(o)) => {
                    let count = Arc::strong_count(&o) as i64 - 1;
                    g.push(NodeRef::Obj(o), count)
                }
                Some(Live::Map(m)) => {
                    let count = Arc::strong_count(&m) as i64 - 1;
                    g.push(NodeRef::Map(m), count)
                }
                None => g.push(NodeRef::Empty, 0),
            };
        }
        g
    }

    fn push(&mut self, node: NodeRef, refs: i64) -> usize {
        self.nodes.push(node);
        self.refs.push(refs);
        self.nodes.len() - 1
    }

    /// The node for an object met as a child (or held by the finalizer table): its census
    /// node if it is registered, else (an object that holds no references) a node of its own.
    fn node_of_obj(&mut self, o: &Arc<Obj>) -> usize {
        if let Some(i) = self.census.index(o.reg.load(Relaxed)) {
            if matches!(self.nodes.get(i), Some(NodeRef::Obj(n)) if Arc::ptr_eq(n, o)) {
                return i;
            }
        }
        self.node_of(Arc::as_ptr(o) as usize, || (Arc::strong_count(o) as i64, NodeRef::Obj(o.clone())))
    }

    /// [`Graph::node_of_obj`] for maps (always registered).
    fn node_of_map(&mut self, m: &Arc<MapObj>) -> usize {
        if let Some(i) = self.census.index(m.reg.load(Relaxed)) {
            if matches!(self.nodes.get(i), Some(NodeRef::Map(n)) if Arc::ptr_eq(n, m)) {
                return i;
            }
        }
        self.node_of(Arc::as_ptr(m) as usize, || (Arc::strong_count(m) as i64, NodeRef::Map(m.clone())))
    }

    /// The node of an immutable object at `addr`; `make` gives a new node's count (read
    /// before the graph takes its reference) and ref.
    fn node_of(&mut self, addr: usize, make: impl FnOnce() -> (i64, NodeRef)) -> usize {
        if let Some(&n) = self.index.get(&addr) {
            return n;
        }
        let (refs, node) = make();
        let n = self.push(node, refs);
        self.index.insert(addr, n);
        n
    }

    /// The node a value references, if it references one.
    fn child(&mut self, v: &Value) -> Option<usize> {
        Some(match v {
            Value::Agg(o) | Value::Pointer(o, _) => self.node_of_obj(o),
            Value::Map(m) => self.node_of_map(m),
            Value::Slice(h) => self.node_of(Arc::as_ptr(h) as usize, || (Arc::strong_count(h) as i64, NodeRef::Slice(h.clone()))),
            Value::Func(c) => self.node_of(Arc::as_ptr(c) as usize, || (Arc::strong_count(c) as i64, NodeRef::Func(c.clone()))),
            Value::Iface(_, b) => self.node_of(Arc::as_ptr(b) as usize, || (Arc::strong_count(b) as i64, NodeRef::Boxed(b.clone()))),
            Value::Chan(c) => self.node_of(Arc::as_ptr(c) as usize, || (Arc::strong_count(c) as i64, NodeRef::Chan(c.clone()))),
            _ => return None,
        })
    }

    /// Step 2: records every node's edges and subtracts them from their targets. Nodes
    /// discovered on the way are appended and visited in turn. A locked object is a root.
    /// (Children are looked at in place, never cloned: a new node's count must be read
    /// before the graph takes its own reference.)
    fn subtract(&mut self) {
        let mut found = Vec::new();
        let mut n = 0;
        while n < self.nodes.len() {
            self.first.push(self.edges.len() as u32);
            let node = self.nodes[n].share();
            let visible = match &node {
                NodeRef::Empty => Some(()),
                NodeRef::Obj(o) => o
                    .try_each(|v| {
                        if let Some(c) = self.child(v) {
                            found.push(c);
                        }
                    })
                    .then_some(()),
                NodeRef::Map(m) => m.try_with(|entries| {
                    for (k, v) in entries.values() {
                        found.extend(self.child(k));
                        found.extend(self.child(v));
                    }
                }),
                NodeRef::Slice(h) => {
                    found.push(self.node_of_obj(&h.arr));
                    Some(())
                }
                NodeRef::Func(c) => {
                    found.extend(c.env.iter().filter_map(|v| self.child(v)));
                    Some(())
                }
                NodeRef::Boxed(b) => {
                    found.extend(self.child(b));
                    Some(())
                }
                NodeRef::Chan(c) => c.try_for_each_buffered(|v| found.extend(self.child(v))),
            };
            if visible.is_none() {
                self.refs[n] = i64::MAX / 2;
            }
            for c in found.drain(..) {
                self.refs[c] -= 1;
                self.edges.push(c as u32);
            }
            n += 1;
        }
        self.first.push(self.edges.len() as u32);
        self.color = vec![WHITE; self.nodes.len()];
    }

    /// The nodes `n` references.
    fn children(&self, n: usize) -> &[u32] {
        &self.edges[self.first[n] as usize..self.first[n + 1] as usize]
    }

    /// Step 3: blackens everything reachable from a node with references from outside.
    fn mark_from_roots(&mut self) {
        let roots: Vec<usize> = (0..self.nodes.len()).filter(|&n| self.refs[n] > 0).collect();
        self.mark(roots);
    }

    /// Greys `grey` and blackens all they reach.
    fn mark(&mut self, mut grey: Vec<usize>) {
        for &n in &grey {
            self.color[n] = GREY;
        }
        while let Some(n) = grey.pop() {
            if self.color[n] == BLACK {
                continue;
            }
            self.color[n] = BLACK;
            for k in self.first[n] as usize..self.first[n + 1] as usize {
                let c = self.edges[k] as usize;
                if self.color[c] == WHITE {
                    self.color[c] = GREY;
                    grey.push(c);
                }
            }
        }
    }

    /// Step 4: takes the finalizers of white objects out of `table` (those not reachable
    /// from another white finalizable object) and blackens what they reference.
    fn queue_finalizers(&mut self, table: &mut Vec<Finalizer>, targets: &[usize]) -> Vec<Finalizer> {
        let white: Vec<(usize, usize)> = targets.iter().copied().enumerate().filter(|&(_, n)| self.color[n] == WHITE).collect();
        if white.is_empty() {
            return Vec::new();
        }
        let children: Vec<usize> = white.iter().flat_map(|&(_, n)| self.children(n).iter().map(|&c| c as usize)).collect();
        self.mark(children);
        let run: Vec<usize> = white.iter().filter(|&&(_, n)| self.color[n] == WHITE).map(|&(i, _)| i).collect();
        self.mark(white.iter().map(|&(_, n)| n).collect());
        let mut queued = Vec::with_capacity(run.len());
        for i in run.into_iter().rev() {
            queued.push(table.swap_remove(i));
        }
        queued.reverse();
        queued
    }

    /// Step 5: clears every white mutable object; returns what was in them, to drop once
    /// the graph's own references are gone.
    fn free_white(&mut self) -> Vec<Value> {
        let mut garbage = Vec::new();
        for (n, node) in self.nodes.iter().enumerate() {
            if self.color[n] != WHITE {
                continue;
            }
            match node {
                NodeRef::Obj(o) => {
                    o.try_clear_stopped(&mut garbage);
                }
                NodeRef::Map(m) => {
                    m.try_with(|entries| garbage.extend(entries.drain().flat_map(|(_, (k, v))| [k, v])));
                }
                _ => {}
            }
        }
        garbage
    }
}
