//! The cycle collector (CPython's algorithm over reference counts): for the collected
//! generations, subtract references held *inside* the set from each object's count; objects
//! left with a positive count are reachable from outside (Rust locals, frames, older
//! generations...), and so is everything they reach. The rest is cyclic garbage: finalizers
//! run first (PEP 442, each object at most once), then the cycles are broken by clearing.
//!
//! References held by Rust code count like any other reference, so collection is safe at any
//! instruction boundary without a root scan.

use crate::object::{clear_payload, flag, trace_payload, Header};
use crate::runtime::rt;
use crate::value::Value;
use crate::vm::Vm;

fn gen_of(h: &Header) -> usize {
    ((h.flags.get() & flag::GEN_MASK) >> flag::GEN_SHIFT) as usize
}

fn set_gen(h: &Header, g: usize) {
    h.flags.set((h.flags.get() & !flag::GEN_MASK) | ((g as u8) << flag::GEN_SHIFT));
}

/// Runs the collection the allocation counters asked for (generation chosen like CPython).
pub fn collect_scheduled(vm: &mut Vm) {
    // counts[0] / counts[1]: collections of generation 0 / 1 since the next older one ran.
    let r = rt();
    let th = r.gc_thresholds.get();
    let counts = r.gc_counts.get();
    let gen = if counts[1] >= th[2] && long_lived_ratio_ok() {
        2
    } else if counts[0] >= th[1] {
        1
    } else {
        0
    };
    collect(vm, gen);
}

/// CPython only runs a full collection when the objects promoted into the oldest generation
/// since the last full one are at least 25% of those that survived it.
fn long_lived_ratio_ok() -> bool {
    STATS.with(|s| {
        let (pending, total) = s.long_lived.get();
        pending * 4 >= total
    })
}

/// Per-generation (collections, collected) for `gc.get_stats()`, and the `gc.callbacks` list.
pub(crate) struct GcStats {
    pub per_gen: std::cell::Cell<[(usize, usize); 3]>,
    pub callbacks: std::cell::RefCell<Option<Value>>,
    /// (objects promoted into generation 2 since the last full collection, generation 2's size
    /// after it).
    pub long_lived: std::cell::Cell<(usize, usize)>,
}

thread_local! {
    pub(crate) static STATS: GcStats = const {
        GcStats {
            per_gen: std::cell::Cell::new([(0, 0); 3]),
            callbacks: std::cell::RefCell::new(None),
            long_lived: std::cell::Cell::new((0, 0)),
        }
    };
}

/// Collects generations `0..=gen`; returns the number of unreachable objects found.
pub fn collect(vm: &mut Vm, gen: usize) -> usize {
    let r = rt();
    if r.gc_collecting.get() {
        return 0;
    }
    let gen = gen.min(2);
    let callbacks = STATS.with(|s| s.callbacks.borrow().clone()).filter(|c| c.as_list().is_some_and(|l| l.len() > 0));
    if let Some(cbs) = &callbacks {
        run_callbacks(vm, cbs, "start", gen, 0);
    }
    r.gc_collecting.set(true);
    let n = collect_inner(vm, gen);
    r.gc_collecting.set(false);
    r.gc_allocs.set(r.gens()[0].len() as isize);
    let mut counts = r.gc_counts.get();
    match gen {
        0 => counts[0] += 1,
        1 => counts = [0, counts[1] + 1, 0],
        _ => counts = [0, 0, 0],
    }
    r.gc_counts.set(counts);
    STATS.with(|s| {
        let mut st = s.per_gen.get();
        st[gen].0 += 1;
        st[gen].1 += n;
        s.per_gen.set(st);
    });
    if let Some(cbs) = &callbacks {
        run_callbacks(vm, cbs, "stop", gen, n);
    }
    n
}

/// Calls each of `gc.callbacks` with (phase, info); errors are reported as unraisable.
fn run_callbacks(vm: &mut Vm, cbs: &Value, phase: &str, gen: usize, collected: usize) {
    let info = Value::dict();
    if let Some(d) = info.downcast::<crate::types::dict::DictData>() {
        d.set_str(Value::intern("generation"), Value::int(gen as i64));
        d.set_str(Value::intern("collected"), Value::int(collected as i64));
        d.set_str(Value::intern("uncollectable"), Value::int(0));
    }
    let list: Vec<Value> = cbs.as_list().map(|l| l.snapshot()).unwrap_or_default();
    for cb in list {
        if let Err(e) = vm.call(&cb, &[Value::str(phase), info.clone()]) {
            vm.report_unraisable(&e, Some(&cb), "Exception ignored in: ");
        }
    }
}

fn collect_inner(vm: &mut Vm, gen: usize) -> usize {
    let r = rt();
    // Merge the younger generations into `gen`.
    {
        let gens = r.gens();
        for g in 0..gen {
            let moved = std::mem::take(&mut gens[g]);
            for p in moved {
                // SAFETY: tracked objects are alive.
                let h = unsafe { &*p };
                h.gc_index.set(gens[gen].len() as u32);
                set_gen(h, gen);
                gens[gen].push(p);
            }
        }
    }
    let list: Vec<*const Header> = r.gens()[gen].clone();
    let n = list.len();
    if n == 0 {
        return 0;
    }
    let in_gen = |ch: &Header| (ch.has_flag(flag::TRACKED) && gen_of(ch) == gen).then(|| ch.gc_index.get() as usize);
    let alive = reachable(&list, 0, in_gen);
    // Unreachable: hold references so nothing is freed while we work.
    let mut garbage: Vec<Value> = list
        .iter()
        .zip(&alive)
        .filter(|(_, a)| !**a)
        // SAFETY: the object is alive (count > 0 even if only cyclic references).
        .map(|(p, _)| unsafe { Value::from_ptr(*p) })
        .collect();
    // Survivors (marked) move to the next generation; garbage stays until freed.
    {
        let gens = r.gens();
        let all: Vec<*const Header> = std::mem::take(&mut gens[gen]);
        let survivors = alive.iter().filter(|a| **a).count();
        STATS.with(|s| {
            let (pending, total) = s.long_lived.get();
            s.long_lived.set(match gen {
                1 => (pending + survivors, total),
                2 => (0, survivors),
                _ => (pending, total),
            });
        });
        // `all` is `list`: nothing ran between the copy and here.
        for (p, reached) in all.into_iter().zip(&alive) {
            // SAFETY: tracked objects are alive.
            let h = unsafe { &*p };
            let target = if *reached && gen < 2 { gen + 1 } else { gen };
            h.gc_index.set(gens[target].len() as u32);
            set_gen(h, target);
            gens[target].push(p);
        }
    }
    let found = garbage.len();
    if found == 0 {
        return 0;
    }
    // Finalizers first (at most once per object); they may resurrect objects, which then
    // survive (see `without_resurrected`).
    let needs_fin: Vec<Value> = garbage
        .iter()
        .filter(|v| {
            let h = v.header().map(|h| h as *const Header);
            match h {
                // SAFETY: as above.
                Some(h) => unsafe { has_finalizer(&*h) },
                None => false,
            }
        })
        .cloned()
        .collect();
    if !needs_fin.is_empty() {
        for v in &needs_fin {
            if let Some(h) = v.header() {
                h.set_flag(flag::FINALIZED);
            }
            if v.kind() == crate::object::Kind::Generator {
                let _ = crate::types::generator::finalize(vm, v);
                continue;
            }
            if let Some(f) = crate::types::typeobj::lookup_str(&v.class(), "__del__") {
                if let Err(e) = vm.call(&f, std::slice::from_ref(v)) {
                    vm.report_unraisable(&e, Some(&f), "Exception ignored in: ");
                }
            }
        }
        drop(needs_fin);
        // A finalizer may have resurrected part of the garbage (PEP 442): whatever is now
        // referenced from outside the set, and what it reaches, survives; the rest is cleared
        // now rather than on a later pass, which under steady churn would never come.
        garbage = without_resurrected(garbage);
    }
    // Weakrefs to garbage are cleared; callbacks of weakrefs that are garbage themselves are
    // not called (CPython's handle_weakrefs).
    for v in &garbage {
        if let Some(h) = v.header() {
            if h.has_flag(flag::HAS_WEAKREFS) {
                // SAFETY: the object is garbage and stays alive (held in `garbage`).
                unsafe { crate::types::weakref::clear_weakrefs(v.as_ptr(), true) };
            }
        }
    }
    for v in &garbage {
        if let Some(h) = v.header() {
            clear_payload(h);
            for i in 0..h.ext_len as usize {
                drop(h.ext_slot(i).take());
            }
        }
    }
    drop(garbage);
    vm.run_finalizers();
    found
}

/// The part of `garbage` that is still unreachable after finalizers ran. Each object's
/// count, less the one reference `garbage` holds and the references from inside the set,
/// is what the outside world holds; objects with outside references, and everything they
/// reach inside the set, are resurrected and dropped from the result.
fn without_resurrected(garbage: Vec<Value>) -> Vec<Value> {
    let set: Vec<*const Header> = garbage.iter().map(Value::as_ptr).collect();
    let index: std::collections::HashMap<*const Header, usize> = set.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    let alive = reachable(&set, 1, |ch| index.get(&(ch as *const Header)).copied());
    garbage.into_iter().zip(alive).filter(|(_, a)| !a).map(|(v, _)| v).collect()
}

/// Which objects of `set` are reachable from outside it. An object's count, less `held`
/// (references the collector itself holds) and the references from inside the set, is what
/// the outside world holds; objects with such references, and everything they reach within
/// the set, are reachable. `index` gives a referenced object's position in `set`, if any.
fn reachable(set: &[*const Header], held: i64, index: impl Fn(&Header) -> Option<usize>) -> Vec<bool> {
    // SAFETY (all derefs below): the objects of `set` are alive while the collector runs.
    let mut refs: Vec<i64> = set.iter().map(|p| unsafe { (**p).refcount() as i64 } - held).collect();
    for p in set {
        visit_children(unsafe { &**p }, &mut |c: &Value| {
            if let Some(j) = c.header().and_then(&index) {
                refs[j] -= 1;
            }
        });
    }
    let mut alive: Vec<bool> = refs.iter().map(|r| *r > 0).collect();
    let mut stack: Vec<usize> = (0..set.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        visit_children(unsafe { &*set[i] }, &mut |c: &Value| {
            if let Some(j) = c.header().and_then(&index) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    alive
}

/// Whether the collector must run a finalizer before clearing this object.
unsafe fn has_finalizer(h: &Header) -> bool {
    if h.has_flag(flag::FINALIZED) {
        return false;
    }
    if h.kind == crate::object::Kind::Generator {
        return crate::types::generator::needs_close(h);
    }
    crate::types::typeobj::tdata_ptr(h.class_ptr()).has_del.get()
}

/// Visits the references an object owns: its payload, its ext slots and its class.
pub(crate) fn visit_children(h: &Header, visit: &mut dyn FnMut(&Value)) {
    trace_payload(h, visit);
    for i in 0..h.ext_len as usize {
        let slot = h.ext_slot(i);
        // SAFETY: no other borrow of the slot's contents is alive during tracing.
        if let Some(v) = unsafe { &*slot.as_ptr() } {
            visit(v);
        }
    }
    // The class reference (heap types can be part of cycles through their instances).
    let cls = h.class_ptr();
    if !cls.is_null() {
        // SAFETY: the class outlives the instance; wrap without changing its count.
        let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(cls as usize) });
        visit(&v);
    }
}

/// Number of objects tracked per generation (for `gc.get_count()`).
pub fn counts() -> [usize; 3] {
    let g = rt().gens();
    [g[0].len(), g[1].len(), g[2].len()]
}
