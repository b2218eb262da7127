//! `dict`: an insertion-ordered hash table (CPython's compact layout: an entries array in
//! insertion order plus an index table; tiny dicts skip the index table and scan), its views
//! (`dict_keys`, `dict_values`, `dict_items`) and `mappingproxy`.
//!
//! Lookups may run Python `__eq__`, which may mutate the dict: the probe loop re-checks a
//! mutation counter after every such call and restarts, as CPython does.

use crate::error::{key_error, runtime_error, type_error, PyErr, PyResult};
use crate::object::{Kind, Trace};
use crate::ops::{fast_eq, fast_hash};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::str::StrData;
use crate::types::typeobj::{alloc_instance, is_instance_bt, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::UnsafeCell;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
/// Up to this many entries, lookups scan the entries instead of using an index table.
const LINEAR_MAX: usize = 8;

pub struct DictEntry {
    pub hash: i64,
    /// `None` marks a deleted entry (a hole kept to preserve order until compaction).
    pub key: Option<Value>,
    pub value: Option<Value>,
}

#[derive(Default)]
pub struct DictInner {
    indices: Vec<u32>,
    pub entries: Vec<DictEntry>,
    pub used: usize,
    /// Live keys whose hash/eq need Python (so native probing alone cannot prove absence).
    slow_keys: usize,
    /// Bumped on every change of the key set or layout (not on value replacement).
    pub mutations: u64,
    /// Key-set version for inline caches: unique among all dicts, assigned on demand, reset
    /// to 0 (none) with every `mutations` bump. While it is unchanged, every key keeps its
    /// entry index.
    pub keys_version: u32,
    /// One bit per key hash (`hash & 63`), set on insertion and recomputed on compaction: a
    /// clear bit proves a key absent without probing.
    bloom: u64,
}

#[inline(always)]
fn bloom_bit(hash: i64) -> u64 {
    1u64 << DictData::bloom_bit_of(hash)
}

#[derive(Default)]
pub struct DictData {
    inner: UnsafeCell<DictInner>,
}

impl DictData {
    /// Byte offsets, in a `DictData`, of its entry array's pointer and length words (the JIT's
    /// inline attribute paths read them).
    pub fn entries_words() -> Option<(usize, usize)> {
        let (ptr, len) = crate::object::vec_words::<DictEntry>()?;
        let base = std::mem::offset_of!(DictData, inner) + std::mem::offset_of!(DictInner, entries);
        Some((base + ptr, base + len))
    }

    /// Byte offset, in a `DictData`, of its key bloom (the JIT's inline method loads read it).
    pub fn bloom_offset() -> usize {
        std::mem::offset_of!(DictData, inner) + std::mem::offset_of!(DictInner, bloom)
    }

    /// The bit of `hash`'s keys in the key bloom (its number, 0..64).
    pub fn bloom_bit_of(hash: i64) -> u8 {
        (hash as u64 & 63) as u8
    }
}

impl Trace for DictData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.inner().entries {
            if let Some(k) = &e.key {
                visit(k);
            }
            if let Some(v) = &e.value {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        let old = std::mem::take(self.inner_mut());
        drop(old);
    }
}

/// Result of probing for a key.
enum Probe {
    Found(usize),
    /// Not found; the index-table slot where it would go (if in table mode).
    Missing(Option<usize>),
}

impl DictData {
    pub fn new() -> DictData {
        DictData::default()
    }

    #[inline(always)]
    pub(crate) fn inner(&self) -> &DictInner {
        // SAFETY: single-threaded; callers do not keep the borrow across Python calls.
        unsafe { &*self.inner.get() }
    }

    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub(crate) fn inner_mut(&self) -> &mut DictInner {
        // SAFETY: as above; no other borrow is live when this is called.
        unsafe { &mut *self.inner.get() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.inner().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Probes using only native equality (`eq` decides undecidable pairs as unequal when
    /// `None`). Used by the str fast paths and as the inner loop of the general lookup.
    #[inline]
    fn probe_native(&self, key: &Value, hash: i64) -> Probe {
        let inner = self.inner();
        if inner.bloom & bloom_bit(hash) == 0 {
            return Probe::Missing(None);
        }
        if inner.indices.is_empty() {
            // Hash first: a key whose hash changed after insertion is not found, as with
            // CPython's probing.
            for (i, e) in inner.entries.iter().enumerate() {
                if e.hash != hash {
                    continue;
                }
                if let Some(k) = &e.key {
                    if k.is(key) || fast_eq(k, key) == Some(true) {
                        return Probe::Found(i);
                    }
                }
            }
            return Probe::Missing(None);
        }
        let mask = inner.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_free = None;
        loop {
            let ix = inner.indices[i];
            if ix == EMPTY {
                return Probe::Missing(Some(first_free.unwrap_or(i)));
            }
            if ix == DUMMY {
                if first_free.is_none() {
                    first_free = Some(i);
                }
            } else {
                let e = &inner.entries[ix as usize];
                if let Some(k) = &e.key {
                    if k.is(key) || (e.hash == hash && fast_eq(k, key) == Some(true)) {
                        return Probe::Found(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Full lookup: native equality where possible, Python `__eq__` otherwise.
    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let m = self.inner().mutations;
            // Candidates with equal hash whose equality needs Python.
            let n = self.inner().entries.len();
            if self.inner().indices.is_empty() {
                for i in 0..n {
                    let Some(e) = self.inner().entries.get(i) else { break };
                    let Some(k) = &e.key else { continue };
                    if e.hash != hash {
                        continue;
                    }
                    if k.is(key) {
                        return Ok(Some(i));
                    }
                    match fast_eq(k, key) {
                        Some(true) => return Ok(Some(i)),
                        Some(false) => continue,
                        None => {
                            let k = k.clone();
                            let eq = vm.eq(&k, key)?;
                            if self.inner().mutations != m {
                                continue 'restart;
                            }
                            if eq {
                                return Ok(Some(i));
                            }
                        }
                    }
                }
                return Ok(None);
            }
            let mask = self.inner().indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let ix = self.inner().indices[i];
                if ix == EMPTY {
                    return Ok(None);
                }
                if ix != DUMMY {
                    let e = &self.inner().entries[ix as usize];
                    if let Some(k) = &e.key {
                        if k.is(key) {
                            return Ok(Some(ix as usize));
                        }
                        if e.hash == hash {
                            match fast_eq(k, key) {
                                Some(true) => return Ok(Some(ix as usize)),
                                Some(false) => {}
                                None => {
                                    let k = k.clone();
                                    let eq = vm.eq(&k, key)?;
                                    if self.inner().mutations != m {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Some(ix as usize));
                                    }
                                }
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
        }
    }

    fn rebuild_indices(&self) {
        let inner = self.inner_mut();
        // Compact holes first.
        if inner.used < inner.entries.len() {
            inner.entries.retain(|e| e.key.is_some());
        }
        inner.mutations += 1;
        inner.keys_version = 0;
        inner.bloom = inner.entries.iter().fold(0, |b, e| b | bloom_bit(e.hash));
        if inner.entries.len() <= LINEAR_MAX {
            inner.indices = Vec::new();
            return;
        }
        let mut size = 8usize;
        while size * 2 < inner.entries.len() * 3 + 3 {
            size <<= 1;
        }
        // Leave room to grow to 2/3 full at twice the current entries.
        size = (size * 2).max(16);
        inner.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in inner.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while inner.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            inner.indices[i] = ix as u32;
        }
    }

    /// Appends a new entry for a key known to be absent.
    fn insert_new(&self, key: Value, hash: i64, value: Value, slot: Option<usize>) {
        let inner = self.inner_mut();
        let ix = inner.entries.len();
        let exact_str = key.header().is_some_and(|h| h.kind == Kind::Str && h.class_ptr() == rt().ty_ptr(BT::Str));
        if !exact_str && fast_hash(&key).is_none() {
            inner.slow_keys += 1;
        }
        inner.entries.push(DictEntry { hash, key: Some(key), value: Some(value) });
        inner.used += 1;
        inner.mutations += 1;
        inner.keys_version = 0;
        inner.bloom |= bloom_bit(hash);
        if inner.indices.is_empty() {
            if inner.entries.len() > LINEAR_MAX {
                self.rebuild_indices();
            }
            return;
        }
        // Keep the table at most 2/3 full (counting holes, which occupy entries).
        if inner.entries.len() * 3 >= inner.indices.len() * 2 {
            self.rebuild_indices();
            return;
        }
        match slot {
            Some(s) => inner.indices[s] = ix as u32,
            None => {
                let mask = inner.indices.len() - 1;
                let mut perturb = hash as u64;
                let mut i = (hash as u64 as usize) & mask;
                while inner.indices[i] != EMPTY && inner.indices[i] != DUMMY {
                    perturb >>= 5;
                    i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
                }
                inner.indices[i] = ix as u32;
            }
        }
    }

    /// Removes entry `ix`. Only `popitem` (`shrink`) gives the last entry's place back, as
    /// CPython does: a deleted key re-added during iteration lands after the iterator's
    /// position, where "dictionary keys changed during iteration" catches it.
    fn remove_at(&self, ix: usize, shrink: bool) -> (Value, Value) {
        let inner = self.inner_mut();
        if !inner.indices.is_empty() {
            let hash = inner.entries[ix].hash;
            let mask = inner.indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while inner.indices[i] != ix as u32 {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            inner.indices[i] = DUMMY;
        }
        let e = &mut inner.entries[ix];
        if e.key.as_ref().map(|k| fast_hash(k).is_none()).unwrap_or(false) {
            inner.slow_keys -= 1;
        }
        let k = e.key.take();
        let v = e.value.take();
        inner.used -= 1;
        inner.mutations += 1;
        inner.keys_version = 0;
        if shrink && ix + 1 == inner.entries.len() {
            inner.entries.pop();
        } else if inner.used * 2 < inner.entries.len() && inner.entries.len() > LINEAR_MAX {
            self.rebuild_indices();
        }
        (k.unwrap_or_else(Value::none), v.unwrap_or_else(Value::none))
    }

    // ---- str-keyed fast paths (namespaces, kwargs): never call Python ----

    /// A dict with room for `n` entries before its first reallocation.
    pub fn with_capacity(n: usize) -> DictData {
        let d = DictData::default();
        d.inner_mut().entries.reserve_exact(n);
        d
    }

    /// The key-set version (see `DictInner::keys_version`), assigned if needed; 0 when the
    /// version tags ran out.
    pub fn keys_version(&self) -> u32 {
        let inner = self.inner_mut();
        if inner.keys_version == 0 {
            inner.keys_version = crate::runtime::next_version();
        }
        inner.keys_version
    }

    /// The current key-set version without assigning one (0: none).
    #[inline(always)]
    pub fn keys_version_now(&self) -> u32 {
        self.inner().keys_version
    }

    /// For the JIT, which reads it from generated code: the address of the key-set version.
    pub fn jit_version_addr(&self) -> usize {
        &self.inner().keys_version as *const u32 as usize
    }

    /// For the JIT: the address of entry `i`'s value word, which stays there while the
    /// key-set version is unchanged (every change of the key set or layout resets it).
    pub fn jit_value_addr(&self, i: usize) -> Option<usize> {
        self.inner().entries.get(i).map(|e| &e.value as *const Option<Value> as usize)
    }

    /// The value of entry `i`, if that entry is live. The borrow must end before any code
    /// that can mutate the dict runs.
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.inner().entries.get(i).and_then(|e| e.value.as_ref())
    }

    /// The value of the entry whose key is `key` itself (an interned str, as attribute
    /// names are), looked for along a small dict's entries without hashing: the polymorphic
    /// attribute caches' lookup when their entry hint misses. `None` proves nothing (an equal
    /// str that is another object, a dict with an index table): probe then.
    #[inline]
    pub fn value_of_identical_key(&self, key: &Value) -> Option<&Value> {
        let inner = self.inner();
        if !inner.indices.is_empty() {
            return None;
        }
        for e in &inner.entries {
            if let Some(k) = &e.key {
                if k.is(key) {
                    return e.value.as_ref();
                }
            }
        }
        None
    }

    /// [`DictData::replace_at_if_key`] for the entry whose key is `key` itself, looked for
    /// as [`DictData::value_of_identical_key`] does; gives the value back when not found.
    #[inline]
    pub fn replace_identical_key(&self, key: &Value, value: Value) -> Result<Option<Value>, Value> {
        let inner = self.inner_mut();
        if !inner.indices.is_empty() {
            return Err(value);
        }
        for e in inner.entries.iter_mut() {
            if e.key.as_ref().is_some_and(|k| k.is(key)) {
                return Ok(e.value.replace(value));
            }
        }
        Err(value)
    }

    /// The value of entry `i` if its key is `key` (by identity): the check behind
    /// index-hinted inline caches.
    #[inline(always)]
    pub fn value_at_if_key(&self, i: usize, key: &Value) -> Option<&Value> {
        let e = self.inner().entries.get(i)?;
        match &e.key {
            Some(k) if k.is(key) => e.value.as_ref(),
            _ => None,
        }
    }

    /// Replaces the value of entry `i` if its key is `key` (by identity), returning the old
    /// value (for the caller to drop once no borrow is live); gives the value back otherwise.
    #[inline(always)]
    pub fn replace_at_if_key(&self, i: usize, key: &Value, value: Value) -> Result<Option<Value>, Value> {
        let inner = self.inner_mut();
        match inner.entries.get_mut(i) {
            Some(e) if e.key.as_ref().is_some_and(|k| k.is(key)) => Ok(e.value.replace(value)),
            _ => Err(value),
        }
    }

    /// The entry index of a str key (native comparison only).
    #[inline]
    pub fn index_of_str(&self, key: &Value) -> Option<usize> {
        let hash = key.downcast::<StrData>()?.hash();
        match self.probe_native(key, hash) {
            Probe::Found(i) => Some(i),
            Probe::Missing(_) => None,
        }
    }

    /// Whether a str key is present (native comparison only, as `get_str`).
    #[inline]
    pub fn contains_str(&self, key: &Value) -> bool {
        self.index_of_str(key).is_some()
    }

    /// `set_str` that returns the entry index the key ends up at.
    pub fn set_str_index(&self, key: Value, value: Value) -> usize {
        let hash = key.downcast::<StrData>().map(|s| s.hash()).unwrap_or(0);
        match self.probe_native(&key, hash) {
            Probe::Found(i) => {
                let old = self.inner_mut().entries[i].value.replace(value);
                drop(old);
                i
            }
            Probe::Missing(slot) => {
                self.insert_new(key, hash, value, slot);
                // Insertion appends; a rebuild only compacts holes before the new entry.
                self.inner().entries.len() - 1
            }
        }
    }

    /// Looks up a str key. Keys compared natively (str content), so no Python runs.
    pub fn get_str(&self, key: &Value) -> Option<Value> {
        let hash = key.downcast::<StrData>()?.hash();
        match self.probe_native(key, hash) {
            Probe::Found(i) => self.inner().entries[i].value.clone(),
            Probe::Missing(_) => None,
        }
    }

    pub fn set_str(&self, key: Value, value: Value) {
        let hash = key.downcast::<StrData>().map(|s| s.hash()).unwrap_or(0);
        match self.probe_native(&key, hash) {
            Probe::Found(i) => {
                let old = self.inner_mut().entries[i].value.replace(value);
                drop(old);
            }
            Probe::Missing(slot) => self.insert_new(key, hash, value, slot),
        }
    }

    pub fn del_str(&self, key: &Value) -> Option<Value> {
        let hash = key.downcast::<StrData>()?.hash();
        match self.probe_native(key, hash) {
            Probe::Found(i) => Some(self.remove_at(i, false).1),
            Probe::Missing(_) => None,
        }
    }

    /// Convenience: get by a Rust string.
    pub fn get_item_str(&self, key: &str) -> Option<Value> {
        self.get_str(&Value::intern(key))
    }

    // ---- general operations ----

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        if let Some(h) = fast_hash(key) {
            debug_assert_eq!(h, hash);
            if let Probe::Found(i) = self.probe_native(key, hash) {
                return Ok(self.inner().entries[i].value.clone());
            }
            // Native probing can miss keys that are equal only through Python __eq__.
            if self.all_keys_native() {
                return Ok(None);
            }
        }
        Ok(self.find(vm, key, hash)?.and_then(|i| self.inner().entries[i].value.clone()))
    }

    /// Whether every key has native hash/eq (so native probing is exact).
    #[inline]
    fn all_keys_native(&self) -> bool {
        self.inner().slow_keys == 0
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        if fast_hash(&key).is_some() {
            match self.probe_native(&key, hash) {
                Probe::Found(i) => {
                    let old = self.inner_mut().entries[i].value.replace(value);
                    drop(old);
                    return Ok(());
                }
                Probe::Missing(slot) if self.all_keys_native() => {
                    self.insert_new(key, hash, value, slot);
                    return Ok(());
                }
                Probe::Missing(_) => {}
            }
        }
        match self.find(vm, &key, hash)? {
            Some(i) => {
                let old = self.inner_mut().entries[i].value.replace(value);
                drop(old);
            }
            None => self.insert_new(key, hash, value, None),
        }
        Ok(())
    }

    /// Removes `key`, returning its value (None if absent).
    pub fn del(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        match self.find(vm, key, hash)? {
            Some(i) => Ok(Some(self.remove_at(i, false).1)),
            None => Ok(None),
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn clear_all(&self) {
        let old = std::mem::take(self.inner_mut());
        self.inner_mut().mutations = old.mutations + 1;
        drop(old);
    }

    /// Live (key, value) pairs in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner()
            .entries
            .iter()
            .filter_map(|e| Some((e.key.clone()?, e.value.clone()?)))
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner().entries.iter().filter_map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner().entries.iter().filter(|e| e.key.is_some()).filter_map(|e| e.value.clone()).collect()
    }

    /// The entry at position `i` of the entries array (including holes): for iterators.
    pub fn entry_at(&self, i: usize) -> Option<Option<(Value, Value)>> {
        let e = self.inner().entries.get(i)?;
        Some(match (&e.key, &e.value) {
            (Some(k), Some(v)) => Some((k.clone(), v.clone())),
            _ => None,
        })
    }

    pub fn entries_len(&self) -> usize {
        self.inner().entries.len()
    }

    /// Removes and returns the last item (LIFO, as `dict.popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let n = self.inner().entries.len();
        for i in (0..n).rev() {
            if self.inner().entries[i].key.is_some() {
                return Some(self.remove_at(i, true));
            }
        }
        None
    }

    /// A shallow copy (same order).
    pub fn copy(&self) -> DictData {
        let d = DictData::new();
        let src = self.inner();
        let inner = d.inner_mut();
        for e in &src.entries {
            if let (Some(k), Some(v)) = (&e.key, &e.value) {
                inner.entries.push(DictEntry { hash: e.hash, key: Some(k.clone()), value: Some(v.clone()) });
            }
        }
        inner.used = inner.entries.len();
        inner.slow_keys = src.slow_keys;
        d.rebuild_indices();
        d
    }

    /// Builds from pairs whose keys are strs (no Python calls).
    pub fn from_str_pairs(pairs: impl IntoIterator<Item = (Value, Value)>) -> DictData {
        let d = DictData::new();
        for (k, v) in pairs {
            d.set_str(k, v);
        }
        d
    }
}

/// A view of a dict's keys, values or items.
pub struct DictViewData {
    pub dict: Value,
    /// 0 keys, 1 values, 2 items.
    pub which: u8,
}

impl Trace for DictViewData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

/// `types.MappingProxyType`: a read-only view of a mapping (class `__dict__`).
pub struct MappingProxyData {
    pub mapping: Value,
}

impl Trace for MappingProxyData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.mapping);
    }
}

/// The DictData of a dict (or dict subclass) value.
#[inline]
pub fn dict_data(v: &Value) -> Option<&DictData> {
    v.downcast::<DictData>()
}

fn this(args: &Args) -> PyResult<&'static DictData> {
    match args.all.first().and_then(|v| v.downcast::<DictData>()) {
        // SAFETY: the dict outlives the native call (it is an argument on the caller's stack).
        Some(d) => Ok(unsafe { &*(d as *const DictData) }),
        None => Err(type_error("descriptor requires a 'dict' object")),
    }
}

// ---- Python-level methods ----------------------------------------------------------------------

pub const DICT_METHODS: &[MethodDef] = &[
    staticmethod("__new__", dict_new),
    method("__init__", dict_init),
    method("__getitem__", dict_getitem),
    method("__setitem__", dict_setitem),
    method("__delitem__", dict_delitem),
    method("__contains__", dict_contains),
    method("__len__", dict_len),
    method("__iter__", dict_iter),
    method("__reversed__", dict_reversed),
    method("__repr__", dict_repr),
    method("__eq__", dict_eq),
    method("__ne__", dict_ne),
    method("__or__", dict_or),
    method("__ror__", dict_ror),
    method("__ior__", dict_ior),
    method("get", dict_get),
    method("setdefault", dict_setdefault),
    method("pop", dict_pop),
    method("popitem", dict_popitem),
    method("keys", dict_keys),
    method("values", dict_values),
    method("items", dict_items),
    method("update", dict_update),
    method("clear", dict_clear),
    method("copy", dict_copy),
    classmethod("fromkeys", dict_fromkeys),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

fn dict_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(alloc_instance(cls, DictData::new()))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let d = &pos[0];
    if pos.len() == 2 {
        update_from(vm, d, &pos[1])?;
    }
    if let Some(dd) = d.downcast::<DictData>() {
        for (k, v) in args.kwargs() {
            dd.set(vm, k.clone(), v.clone())?;
        }
    }
    Ok(Value::none())
}

/// `dict.update(other)` semantics: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from(vm: &mut Vm, d: &Value, other: &Value) -> PyResult<()> {
    let dd = d.downcast::<DictData>();
    if let (Some(dd), Some(od)) = (dd, other.downcast::<DictData>()) {
        if other.class_ptr() == rt().ty_ptr(BT::Dict) || crate::types::typeobj::lookup_str(&other.class(), "__iter__").map(|f| f.kind() == Kind::MethodDescr).unwrap_or(false) {
            for (k, v) in od.items() {
                let h = vm.hash(&k)?;
                dd.set_hashed(vm, k, h, v)?;
            }
            return Ok(());
        }
    }
    // Stores go straight into the table: CPython's dict_update does not call an overridden
    // __setitem__ of a dict subclass.
    let store = |vm: &mut Vm, k: &Value, v: &Value| -> PyResult<()> {
        match d.downcast::<DictData>() {
            Some(dd) => dd.set(vm, k.clone(), v.clone()),
            None => vm.setitem(d, k, v),
        }
    };
    if vm.getattr_opt(other, &Value::intern("keys"))?.is_some() {
        let keys = vm.call_method(other, "keys", &[])?;
        for k in vm.collect_iter(&keys)? {
            let v = vm.getitem(other, &k)?;
            store(vm, &k, &v)?;
        }
        return Ok(());
    }
    let it = vm.iter(other).map_err(|e| {
        if e.matches(crate::error::ExcType::TypeError) {
            type_error(format!("'{}' object is not iterable", type_name(other)))
        } else {
            e
        }
    })?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = vm.collect_iter(&item).map_err(|_| {
            type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
        })?;
        if pair.len() != 2 {
            return Err(PyErr::new(
                crate::error::ExcType::ValueError,
                format!("dictionary update sequence element #{n} has length {}; 2 is required", pair.len()),
            ));
        }
        store(vm, &pair[0], &pair[1])?;
        n += 1;
    }
    Ok(())
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let [d, k] = args.check_method("__getitem__", 1, 1)? else { unreachable!() };
    dict_subscript(vm, d, k)
}

/// `d[k]` with `__missing__` support for subclasses.
pub fn dict_subscript(vm: &mut Vm, d: &Value, k: &Value) -> PyResult {
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("expected dict"))?;
    if let Some(v) = dd.get(vm, k)? {
        return Ok(v);
    }
    if d.class_ptr() != rt().ty_ptr(BT::Dict) {
        if let Some(missing) = crate::types::typeobj::lookup_str(&d.class(), "__missing__") {
            return vm.call_unbound(&missing, d, &[k.clone()]);
        }
    }
    Err(key_error(k.clone()))
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let [d, k, v] = args.check_method("__setitem__", 2, 2)? else { unreachable!() };
    this(&args)?.set(vm, k.clone(), v.clone())?;
    let _ = d;
    Ok(Value::none())
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let [_, k] = args.check_method("__delitem__", 1, 1)? else { unreachable!() };
    match this(&args)?.del(vm, k)? {
        Some(_) => Ok(Value::none()),
        None => Err(key_error(k.clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult {
    let [_, k] = args.check_method("__contains__", 1, 1)? else { unreachable!() };
    Ok(Value::bool(this(&args)?.contains(vm, k)?))
}

fn dict_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.len() as i64))
}

fn dict_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_dict_iter(args.self_(), 0, false))
}

fn dict_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_dict_iter(args.self_(), 0, true))
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult {
    let d = args.self_();
    let dd = this(&args)?;
    if dd.is_empty() {
        return Ok(Value::str("{}"));
    }
    if !vm.repr_enter(d) {
        return Ok(Value::str("{...}"));
    }
    let mut out = String::from("{");
    let r = (|| -> PyResult<()> {
        let mut first = true;
        let mut i = 0;
        while let Some(e) = dd.entry_at(i) {
            i += 1;
            let Some((k, v)) = e else { continue };
            if !first {
                out.push_str(", ");
            }
            first = false;
            out.push_str(&vm.repr_string(&k)?);
            out.push_str(": ");
            out.push_str(&vm.repr_string(&v)?);
        }
        Ok(())
    })();
    vm.repr_leave(d);
    r?;
    out.push('}');
    Ok(Value::string(out))
}

/// Dict equality (same keys, equal values).
pub fn dicts_equal(vm: &mut Vm, a: &DictData, b: &DictData) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get(vm, &k)? {
            Some(w) => {
                if !v.is(&w) && !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check_method("__eq__", 1, 1)? else { unreachable!() };
    match (a.downcast::<DictData>(), b.downcast::<DictData>()) {
        (Some(x), Some(y)) => Ok(Value::bool(dicts_equal(vm, x, y)?)),
        _ => Ok(Value::not_implemented()),
    }
}

fn dict_ne(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check_method("__ne__", 1, 1)? else { unreachable!() };
    match (a.downcast::<DictData>(), b.downcast::<DictData>()) {
        (Some(x), Some(y)) => Ok(Value::bool(!dicts_equal(vm, x, y)?)),
        _ => Ok(Value::not_implemented()),
    }
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check_method("__or__", 1, 1)? else { unreachable!() };
    if !is_instance_bt(a, BT::Dict) || !is_instance_bt(b, BT::Dict) {
        return Ok(Value::not_implemented());
    }
    let r = vm.call_method(a, "copy", &[])?;
    update_from(vm, &r, b)?;
    Ok(r)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check_method("__ror__", 1, 1)? else { unreachable!() };
    if !is_instance_bt(a, BT::Dict) || !is_instance_bt(b, BT::Dict) {
        return Ok(Value::not_implemented());
    }
    let r = Value::from_dict(b.downcast::<DictData>().map(|d| d.copy()).unwrap_or_default());
    update_from(vm, &r, a)?;
    Ok(r)
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check_method("__ior__", 1, 1)? else { unreachable!() };
    update_from(vm, a, b)?;
    Ok(a.clone())
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("get", 1, 2)?;
    Ok(this(&args)?.get(vm, &pos[1])?.unwrap_or_else(|| pos.get(2).cloned().unwrap_or_else(Value::none)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("setdefault", 1, 2)?;
    let d = this(&args)?;
    if let Some(v) = d.get(vm, &pos[1])? {
        return Ok(v);
    }
    let v = pos.get(2).cloned().unwrap_or_else(Value::none);
    d.set(vm, pos[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("pop", 1, 2)?;
    let d = this(&args)?;
    if d.len() == 0 && pos.len() == 3 {
        // CPython answers an empty dict's pop(key, default) without hashing the key.
        return Ok(pos[2].clone());
    }
    match d.del(vm, &pos[1])? {
        Some(v) => Ok(v),
        None => match pos.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(key_error(pos[1].clone())),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("popitem", 0, 0)?;
    match this(&args)?.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::with_args(crate::error::ExcType::KeyError, vec![Value::str("popitem(): dictionary is empty")])),
    }
}

fn new_view(d: &Value, which: u8) -> Value {
    let t = [BT::DictKeys, BT::DictValues, BT::DictItems][which as usize];
    crate::object::alloc_obj(&rt().ty_borrowed(t), DictViewData { dict: d.clone(), which }, 0)
}

fn dict_keys(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("keys", 0, 0)?;
    Ok(new_view(args.self_(), 0))
}

fn dict_values(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("values", 0, 0)?;
    Ok(new_view(args.self_(), 1))
}

fn dict_items(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("items", 0, 0)?;
    Ok(new_view(args.self_(), 2))
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let d = &pos[0];
    if pos.len() == 2 {
        update_from(vm, d, &pos[1])?;
    }
    let dd = this(&args)?;
    for (k, v) in args.kwargs() {
        // Like the positional argument, keywords bypass a subclass's __setitem__.
        dd.set(vm, k.clone(), v.clone())?;
    }
    Ok(Value::none())
}

fn dict_clear(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("clear", 0, 0)?;
    this(&args)?.clear_all();
    Ok(Value::none())
}

fn dict_copy(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("copy", 0, 0)?;
    Ok(Value::from_dict(this(&args)?.copy()))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("fromkeys", 1, 2)?;
    let cls = &pos[0];
    let value = pos.get(2).cloned().unwrap_or_else(Value::none);
    let d = vm.call(cls, &[])?;
    let keys = vm.collect_iter(&pos[1])?;
    for k in keys {
        vm.setitem(&d, &k, &value)?;
    }
    Ok(d)
}

// ---- views ---------------------------------------------------------------------------------

pub const VIEW_METHODS: &[MethodDef] = &[
    method("__len__", view_len),
    method("__iter__", view_iter),
    method("__reversed__", view_reversed),
    method("__contains__", view_contains),
    method("__repr__", view_repr),
    method("__eq__", view_eq),
    method("__ne__", view_ne),
    method("__lt__", view_lt),
    method("__le__", view_le),
    method("__gt__", view_gt),
    method("__ge__", view_ge),
    method("__and__", view_and),
    method("__rand__", view_and),
    method("__or__", view_or),
    method("__ror__", view_or),
    method("__sub__", view_sub),
    method("__rsub__", view_rsub),
    method("__xor__", view_xor),
    method("__rxor__", view_xor),
    method("isdisjoint", view_isdisjoint),
];

/// dict_values is not set-like: no containment shortcut, comparisons or set operators.
pub const VALUES_VIEW_METHODS: &[MethodDef] = &[
    method("__len__", view_len),
    method("__iter__", view_iter),
    method("__reversed__", view_reversed),
    method("__repr__", view_repr),
];

fn view(args: &Args) -> PyResult<(&'static DictViewData, &'static DictData)> {
    let v = args.all.first().and_then(|v| v.downcast::<DictViewData>()).ok_or_else(|| type_error("expected a dict view"))?;
    let d = v.dict.downcast::<DictData>().ok_or_else(|| runtime_error("dict view without dict"))?;
    // SAFETY: the view (an argument) keeps both alive for the call.
    Ok(unsafe { (&*(v as *const DictViewData), &*(d as *const DictData)) })
}

fn view_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(view(&args)?.1.len() as i64))
}

fn view_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = view(&args)?;
    Ok(crate::types::iter::new_dict_iter(&v.dict, v.which, false))
}

fn view_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = view(&args)?;
    Ok(crate::types::iter::new_dict_iter(&v.dict, v.which, true))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (v, d) = view(&args)?;
    let item = args.pos().get(1).cloned().ok_or_else(|| type_error("__contains__ expected 1 argument"))?;
    Ok(Value::bool(match v.which {
        0 => d.contains(vm, &item)?,
        1 => {
            let mut found = false;
            for x in d.values() {
                if x.is(&item) || vm.eq(&x, &item)? {
                    found = true;
                    break;
                }
            }
            found
        }
        _ => match item.downcast::<crate::types::tuple::TupleData>() {
            Some(t) if t.items.len() == 2 => match d.get(vm, &t.items[0])? {
                Some(val) => val.is(&t.items[1]) || vm.eq(&val, &t.items[1])?,
                None => false,
            },
            _ => false,
        },
    }))
}

fn view_items(vm: &mut Vm, v: &DictViewData, d: &DictData) -> Vec<Value> {
    let _ = vm;
    match v.which {
        0 => d.keys(),
        1 => d.values(),
        _ => d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
    }
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (v, d) = view(&args)?;
    let name = ["dict_keys", "dict_values", "dict_items"][v.which as usize];
    let me = args.self_();
    if !vm.repr_enter(me) {
        return Ok(Value::str("..."));
    }
    let items = view_items(vm, v, d);
    let mut parts = Vec::new();
    for it in &items {
        match vm.repr_string(it) {
            Ok(s) => parts.push(s),
            Err(e) => {
                vm.repr_leave(me);
                return Err(e);
            }
        }
    }
    vm.repr_leave(me);
    Ok(Value::string(format!("{name}([{}])", parts.join(", "))))
}

/// The set of items of a view (or any iterable) as a new set value.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult {
    vm.call(&rt().ty(BT::Set), &[v.clone()])
}

fn setlike(vm: &mut Vm, args: &Args, op: &str, swap: bool) -> PyResult {
    let pos = args.check(op, 2, 2)?;
    let (a, b) = if swap { (&pos[1], &pos[0]) } else { (&pos[0], &pos[1]) };
    if vm.iter(b).is_err() || vm.iter(a).is_err() {
        return Ok(Value::not_implemented());
    }
    let sa = as_set(vm, a)?;
    let method = match op {
        "__and__" => "intersection_update",
        "__or__" => "update",
        "__sub__" | "__rsub__" => "difference_update",
        _ => "symmetric_difference_update",
    };
    vm.call_method(&sa, method, &[b.clone()])?;
    Ok(sa)
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult {
    setlike(vm, &args, "__and__", false)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult {
    setlike(vm, &args, "__or__", false)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult {
    setlike(vm, &args, "__sub__", false)
}
fn view_rsub(vm: &mut Vm, args: Args) -> PyResult {
    setlike(vm, &args, "__rsub__", true)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult {
    setlike(vm, &args, "__xor__", false)
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("isdisjoint", 1, 1)?;
    let (v, d) = view(&args)?;
    let mine = as_set(vm, &pos[0])?;
    let _ = (v, d);
    for x in vm.collect_iter(&pos[1])? {
        if vm.contains(&mine, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    let (v, _) = view(&args)?;
    if v.which == 1 {
        return Ok(Value::bool(pos[0].is(&pos[1])));
    }
    let other = &pos[1];
    let ok = other.kind() == Kind::DictView
        || crate::types::typeobj::is_instance_bt(other, BT::Set)
        || crate::types::typeobj::is_instance_bt(other, BT::FrozenSet);
    if !ok {
        return Ok(Value::not_implemented());
    }
    let a = as_set(vm, &pos[0])?;
    let b = as_set(vm, other)?;
    Ok(Value::bool(vm.eq(&a, &b)?))
}

/// Ordering comparisons of key/item views compare as sets.
fn view_order(vm: &mut Vm, args: &Args, op: pygmy_bytecode::CompareOp) -> PyResult {
    let pos = args.check(op.dunder(), 2, 2)?;
    let (v, _) = view(args)?;
    let other = &pos[1];
    let ok = other.kind() == Kind::DictView
        || crate::types::typeobj::is_instance_bt(other, BT::Set)
        || crate::types::typeobj::is_instance_bt(other, BT::FrozenSet);
    if v.which == 1 || !ok {
        return Ok(Value::not_implemented());
    }
    let a = as_set(vm, &pos[0])?;
    let b = as_set(vm, other)?;
    vm.rich_compare(&a, &b, op)
}

fn view_lt(vm: &mut Vm, args: Args) -> PyResult {
    view_order(vm, &args, pygmy_bytecode::CompareOp::Lt)
}
fn view_le(vm: &mut Vm, args: Args) -> PyResult {
    view_order(vm, &args, pygmy_bytecode::CompareOp::Le)
}
fn view_gt(vm: &mut Vm, args: Args) -> PyResult {
    view_order(vm, &args, pygmy_bytecode::CompareOp::Gt)
}
fn view_ge(vm: &mut Vm, args: Args) -> PyResult {
    view_order(vm, &args, pygmy_bytecode::CompareOp::Ge)
}

fn view_ne(vm: &mut Vm, args: Args) -> PyResult {
    let r = view_eq(vm, args)?;
    if r.kind() == Kind::NotImplemented {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}

// ---- mappingproxy ----------------------------------------------------------------------------

pub const MAPPINGPROXY_METHODS: &[MethodDef] = &[
    staticmethod("__new__", mp_new),
    method("__getitem__", mp_getitem),
    method("__contains__", mp_contains),
    method("__len__", mp_len),
    method("__iter__", mp_iter),
    method("__repr__", mp_repr),
    method("__str__", mp_str),
    method("get", mp_get),
    method("keys", mp_keys),
    method("values", mp_values),
    method("items", mp_items),
    method("copy", mp_copy),
    method("__or__", mp_or),
    method("__ror__", mp_ror),
    method("__ior__", mp_ior),
    method("__reversed__", mp_reversed),
    method("__eq__", mp_eq),
    method("__ne__", mp_ne),
];

fn mp(args: &Args) -> PyResult<Value> {
    args.all
        .first()
        .and_then(|v| v.downcast::<MappingProxyData>())
        .map(|m| m.mapping.clone())
        .ok_or_else(|| type_error("expected a mappingproxy"))
}

fn mp_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("mappingproxy", 1, 1)?;
    Ok(crate::object::alloc_obj(&rt().ty_borrowed(BT::MappingProxy), MappingProxyData { mapping: pos[1].clone() }, 0))
}

fn mp_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    vm.getitem(&m, &args.pos()[1])
}
fn mp_contains(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    Ok(Value::bool(vm.contains(&m, &args.pos()[1])?))
}
fn mp_len(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    Ok(Value::int(vm.len_ssize(&m)?))
}
fn mp_iter(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    vm.iter(&m)
}
fn mp_repr(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    Ok(Value::string(format!("mappingproxy({})", vm.repr_string(&m)?)))
}
/// `str(proxy)` is `str` of the mapping (CPython's mappingproxy_str).
fn mp_str(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    vm.str(&m)
}
fn mp_get(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    let rest: Vec<Value> = args.pos()[1..].to_vec();
    vm.call_method(&m, "get", &rest)
}
fn mp_keys(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    vm.call_method(&m, "keys", &[])
}
fn mp_values(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    vm.call_method(&m, "values", &[])
}
fn mp_items(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    vm.call_method(&m, "items", &[])
}
fn mp_copy(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    vm.call_method(&m, "copy", &[])
}

/// A mappingproxy operand of `|` stands for the mapping it wraps (CPython's mappingproxy_or).
fn mp_unwrap(v: &Value) -> Value {
    v.downcast::<MappingProxyData>().map(|m| m.mapping.clone()).unwrap_or_else(|| v.clone())
}
fn mp_or(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__or__", 1, 1)?;
    vm.binary_op(&mp(&args)?, &mp_unwrap(&pos[1]), pygmy_bytecode::BinaryOp::Or)
}
fn mp_ror(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ror__", 1, 1)?;
    vm.binary_op(&mp_unwrap(&pos[1]), &mp(&args)?, pygmy_bytecode::BinaryOp::Or)
}
fn mp_ior(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}
fn mp_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let m = mp(&args)?;
    let f = vm.builtins.downcast::<DictData>().and_then(|d| d.get_item_str("reversed")).ok_or_else(|| type_error("reversed is missing"))?;
    vm.call(&f, &[m])
}
fn mp_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    vm.rich_compare(&mp(&args)?, &pos[1], pygmy_bytecode::CompareOp::Eq)
}
fn mp_ne(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ne__", 1, 1)?;
    vm.rich_compare(&mp(&args)?, &pos[1], pygmy_bytecode::CompareOp::Ne)
}
