//! `set` and `frozenset`: open-addressing hash tables that follow CPython's `setobject.c`
//! algorithm exactly (linear probes of 9 then perturbation, the same resize policy and merge
//! paths), so iteration order — observable when printing a set of ints — matches CPython.

use crate::error::{key_error, type_error, PyErr, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::ops::fast_eq;
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{alloc_instance, is_instance_bt, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const DUMMY_HASH: i64 = -1;

#[derive(Clone)]
struct Entry {
    key: Option<Value>,
    /// 0 with no key: never used; -1 with no key: dummy (deleted).
    hash: i64,
}

pub struct SetTable {
    table: Vec<Entry>,
    /// Active + dummy entries.
    fill: usize,
    /// Active entries.
    used: usize,
    /// Bumped whenever the table is replaced or an entry changes (for restart checks and
    /// iterator invalidation).
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { table: vec![Entry { key: None, hash: 0 }; MINSIZE], fill: 0, used: 0, version: 0 }
    }
}

impl SetTable {
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Active keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.table.iter().filter_map(|e| e.key.clone()).collect()
    }

    fn entries(&self) -> Vec<(Value, i64)> {
        self.table.iter().filter_map(|e| e.key.clone().map(|k| (k, e.hash))).collect()
    }

    /// Key at table slot `i` (iterators walk slots).
    pub fn slot(&self, i: usize) -> Option<Option<Value>> {
        self.table.get(i).map(|e| e.key.clone())
    }

    pub fn slots_len(&self) -> usize {
        self.table.len()
    }

    fn insert_clean(table: &mut [Entry], key: Value, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if table[i].key.is_none() {
                table[i] = Entry { key: Some(key), hash };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if table[i + j].key.is_none() {
                        table[i + j] = Entry { key: Some(key), hash };
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Entry { key: None, hash: 0 }; newsize]);
        self.fill = self.used;
        for e in old {
            if let Some(k) = e.key {
                Self::insert_clean(&mut self.table, k, e.hash);
            }
        }
        self.version += 1;
    }
}

/// Shared implementation over the interior-mutable table.
#[derive(Default)]
pub struct SetCore {
    t: UnsafeCell<SetTable>,
}

impl SetCore {
    #[inline]
    pub fn table(&self) -> &SetTable {
        // SAFETY: single-threaded; borrows are short and never held across Python calls.
        unsafe { &*self.t.get() }
    }

    #[allow(clippy::mut_from_ref)]
    #[inline]
    fn table_mut(&self) -> &mut SetTable {
        // SAFETY: as above.
        unsafe { &mut *self.t.get() }
    }

    pub fn len(&self) -> usize {
        self.table().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds the slot holding `key`, running Python `__eq__` when needed.
    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let version = self.table().version;
            let mask = self.table().mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    let e = &self.table().table[idx];
                    match &e.key {
                        None if e.hash == 0 => return Ok(None),
                        None => {}
                        Some(k) if e.hash == hash => {
                            if k.is(key) {
                                return Ok(Some(idx));
                            }
                            match fast_eq(k, key) {
                                Some(true) => return Ok(Some(idx)),
                                Some(false) => {}
                                None => {
                                    let k = k.clone();
                                    let eq = vm.eq(&k, key)?;
                                    if self.table().version != version {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(Some(idx));
                                    }
                                }
                            }
                        }
                        Some(_) => {}
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    /// Adds `key` (CPython's set_add_entry).
    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        self.add_with(key, hash, &mut |a, b| vm.eq(a, b))
    }

    /// Adds a constant (natively hashable and comparable: no Python runs).
    pub fn add_const(&self, key: Value) {
        let hash = crate::ops::fast_hash(&key).unwrap_or(0);
        let _ = self.add_with(key, hash, &mut |a, b| Ok(fast_eq(a, b).unwrap_or(false)));
    }

    fn add_with(&self, key: Value, hash: i64, eq_slow: &mut dyn FnMut(&Value, &Value) -> PyResult<bool>) -> PyResult<()> {
        'restart: loop {
            let version = self.table().version;
            let mask = self.table().mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in 0..=probes {
                    let idx = i + j;
                    let e = &self.table().table[idx];
                    match &e.key {
                        None if e.hash == 0 => {
                            let t = self.table_mut();
                            t.version += 1;
                            if let Some(f) = freeslot {
                                t.used += 1;
                                t.table[f] = Entry { key: Some(key), hash };
                                return Ok(());
                            }
                            t.fill += 1;
                            t.used += 1;
                            t.table[idx] = Entry { key: Some(key), hash };
                            if t.fill * 5 >= mask * 3 {
                                let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
                                t.resize(n);
                            }
                            return Ok(());
                        }
                        None => {
                            if freeslot.is_none() {
                                freeslot = Some(idx);
                            }
                        }
                        Some(k) if e.hash == hash => {
                            if k.is(&key) {
                                return Ok(());
                            }
                            match fast_eq(k, &key) {
                                Some(true) => return Ok(()),
                                Some(false) => {}
                                None => {
                                    let k = k.clone();
                                    let eq = eq_slow(&k, &key)?;
                                    if self.table().version != version {
                                        continue 'restart;
                                    }
                                    if eq {
                                        return Ok(());
                                    }
                                }
                            }
                        }
                        Some(_) => {}
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let h = vm.hash(&key)?;
        self.add_hashed(vm, key, h)
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = match vm.hash(key) {
            Ok(h) => h,
            Err(e) if e.matches(crate::error::ExcType::TypeError) && is_instance_bt(key, BT::Set) => {
                // `set in set` looks up the frozenset of it, as CPython.
                let fs = frozenset_from(vm, key)?;
                return self.contains(vm, &fs);
            }
            Err(e) => return Err(e),
        };
        Ok(self.lookup(vm, key, h)?.is_some())
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let h = match vm.hash(key) {
            Ok(h) => h,
            Err(e) if e.matches(crate::error::ExcType::TypeError) && is_instance_bt(key, BT::Set) => {
                let fs = frozenset_from(vm, key)?;
                return self.discard(vm, &fs);
            }
            Err(e) => return Err(e),
        };
        match self.lookup(vm, key, h)? {
            Some(i) => {
                let t = self.table_mut();
                let old = std::mem::replace(&mut t.table[i], Entry { key: None, hash: DUMMY_HASH });
                t.used -= 1;
                t.version += 1;
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn clear(&self) {
        let old = std::mem::take(self.table_mut());
        self.table_mut().version = old.version + 1;
        drop(old);
    }

    /// `set.pop()`: CPython scans from a finger position; we scan from slot 0, which is what
    /// CPython does on a fresh set (its finger starts at 0 and advances).
    pub fn pop(&self, finger: &Cell<usize>) -> Option<Value> {
        let t = self.table_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = finger.get() & mask;
        while t.table[i].key.is_none() {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let e = std::mem::replace(&mut t.table[i], Entry { key: None, hash: DUMMY_HASH });
        t.used -= 1;
        t.version += 1;
        finger.set(i + 1);
        e.key
    }

    /// Merges another set's entries (CPython's set_merge).
    fn merge(&self, vm: &mut Vm, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        {
            let t = self.table_mut();
            if (t.fill + other.used) * 5 >= t.mask() * 3 {
                let n = (t.used + other.used) * 2;
                t.resize(n);
            }
        }
        let entries = other.entries();
        let t = self.table_mut();
        if t.fill == 0 && t.mask() == other.mask() {
            for (i, e) in other.table.iter().enumerate() {
                if let Some(k) = &e.key {
                    t.table[i] = Entry { key: Some(k.clone()), hash: e.hash };
                }
            }
            t.fill = other.used;
            t.used = other.used;
            t.version += 1;
            return Ok(());
        }
        if t.fill == 0 {
            t.fill = other.used;
            t.used = other.used;
            t.version += 1;
            for (k, h) in entries {
                SetTable::insert_clean(&mut t.table, k, h);
            }
            return Ok(());
        }
        for (k, h) in entries {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// `update(iterable)`.
    pub fn update(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        if let Some(o) = set_core(other) {
            let snapshot = SetTable { table: o.table().table.clone(), fill: o.table().fill, used: o.table().used, version: 0 };
            return self.merge(vm, &snapshot);
        }
        if other.class_ptr() == rt().ty_ptr(BT::Dict) {
            if let Some(d) = other.downcast::<crate::types::dict::DictData>() {
                let n = d.len();
                {
                    let t = self.table_mut();
                    if (t.fill + n) * 5 >= t.mask() * 3 {
                        let m = (t.used + n) * 2;
                        t.resize(m);
                    }
                }
                for k in d.keys() {
                    self.add(vm, k)?;
                }
                return Ok(());
            }
        }
        let it = vm.iter(other)?;
        while let Some(x) = vm.next(&it)? {
            self.add(vm, x)?;
        }
        Ok(())
    }

    pub fn copy_table(&self) -> SetTable {
        let t = self.table();
        SetTable { table: t.table.clone(), fill: t.fill, used: t.used, version: 0 }
    }
}

impl Trace for SetCore {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.table().table {
            if let Some(k) = &e.key {
                visit(k);
            }
        }
    }
    fn clear(&self) {
        SetCore::clear(self);
    }
}

pub struct SetData {
    pub core: SetCore,
    /// `pop()` scan position (CPython's finger).
    finger: Cell<usize>,
}

pub struct FrozenSetData {
    pub core: SetCore,
    hash: Cell<Option<i64>>,
}

impl Trace for SetData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.core.trace(visit)
    }
    fn clear(&self) {
        self.core.clear()
    }
}

impl Trace for FrozenSetData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.core.trace(visit)
    }
    fn clear(&self) {
        self.core.clear()
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData { core: SetCore::default(), finger: Cell::new(0) }
    }
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

impl FrozenSetData {
    pub fn new() -> FrozenSetData {
        FrozenSetData { core: SetCore::default(), hash: Cell::new(None) }
    }
}

impl Default for FrozenSetData {
    fn default() -> Self {
        FrozenSetData::new()
    }
}

/// The table of a set or frozenset (or subclass).
pub fn set_core(v: &Value) -> Option<&SetCore> {
    match v.kind() {
        Kind::Set => v.downcast::<SetData>().map(|s| &s.core),
        Kind::FrozenSet => v.downcast::<FrozenSetData>().map(|s| &s.core),
        _ => None,
    }
}

impl Value {
    pub fn new_set() -> Value {
        alloc_obj(&rt().ty_borrowed(BT::Set), SetData::new(), 0)
    }
    pub fn new_frozenset() -> Value {
        alloc_obj(&rt().ty_borrowed(BT::FrozenSet), FrozenSetData::new(), 0)
    }
}

/// A new exact set holding the items of `iterable`.
pub fn set_from(vm: &mut Vm, iterable: &Value) -> PyResult {
    let s = Value::new_set();
    if let Some(c) = set_core(&s) {
        c.update(vm, iterable)?;
    }
    Ok(s)
}

pub fn frozenset_from(vm: &mut Vm, iterable: &Value) -> PyResult {
    let s = Value::new_frozenset();
    if let Some(c) = set_core(&s) {
        c.update(vm, iterable)?;
    }
    Ok(s)
}

/// A new set/frozenset of the same exact builtin kind as `like` (results of operators).
fn new_like(like: &Value) -> Value {
    if like.kind() == Kind::FrozenSet {
        Value::new_frozenset()
    } else {
        Value::new_set()
    }
}

fn core_of<'a>(args: &Args<'a>) -> PyResult<&'a SetCore> {
    args.all.first().and_then(set_core).ok_or_else(|| type_error("descriptor requires a 'set' object"))
}

fn frozenset_hash(c: &SetCore) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let t = c.table();
    let mut hash: u64 = 0;
    for e in &t.table {
        if e.key.is_some() {
            hash ^= shuffle(e.hash as u64);
        }
    }
    hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

pub const SET_METHODS: &[MethodDef] = &[
    staticmethod("__new__", set_new),
    method("__init__", set_init),
    method("add", set_add),
    method("remove", set_remove),
    method("discard", set_discard),
    method("pop", set_pop),
    method("clear", set_clear),
    method("update", set_update),
    method("__ior__", set_ior),
    method("intersection_update", set_intersection_update),
    method("__iand__", set_iand),
    method("difference_update", set_difference_update),
    method("__isub__", set_isub),
    method("symmetric_difference_update", set_symmetric_difference_update),
    method("__ixor__", set_ixor),
    method("__hash__", set_unhashable),
];

pub const FROZENSET_METHODS: &[MethodDef] = &[
    staticmethod("__new__", frozenset_new),
    method("__hash__", frozenset_hash_m),
];

/// Methods both types have.
pub const COMMON_METHODS: &[MethodDef] = &[
    method("__len__", s_len),
    method("__contains__", s_contains),
    method("__iter__", s_iter),
    method("__repr__", s_repr),
    method("__eq__", s_eq),
    method("__ne__", s_ne),
    method("__lt__", s_lt),
    method("__le__", s_le),
    method("__gt__", s_gt),
    method("__ge__", s_ge),
    method("__or__", s_or),
    method("__ror__", s_or),
    method("__and__", s_and),
    method("__rand__", s_and),
    method("__sub__", s_sub),
    method("__rsub__", s_rsub),
    method("__xor__", s_xor),
    method("__rxor__", s_xor),
    method("union", s_union),
    method("intersection", s_intersection),
    method("difference", s_difference),
    method("symmetric_difference", s_symmetric_difference),
    method("issubset", s_issubset),
    method("issuperset", s_issuperset),
    method("isdisjoint", s_isdisjoint),
    method("copy", s_copy),
    method("__reduce__", s_reduce),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

fn set_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(alloc_instance(cls, SetData::new()))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let c = core_of(&args)?;
    c.clear();
    if let Some(it) = pos.get(1) {
        c.update(vm, it)?;
    }
    Ok(Value::none())
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = &pos[0];
    if args.has_kwargs() && cls.as_ptr() == rt().ty_ptr(BT::FrozenSet) {
        return Err(type_error("frozenset() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!("frozenset expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(it) = pos.get(1) {
        if cls.as_ptr() == rt().ty_ptr(BT::FrozenSet) && it.class_ptr() == rt().ty_ptr(BT::FrozenSet) {
            return Ok(it.clone());
        }
    }
    let fs = alloc_instance(cls, FrozenSetData::new());
    if let (Some(it), Some(c)) = (pos.get(1), set_core(&fs)) {
        c.update(vm, it)?;
    }
    Ok(fs)
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.add", 1, 1)?;
    core_of(&args)?.add(vm, pos[1].clone())?;
    Ok(Value::none())
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.remove", 1, 1)?;
    if !core_of(&args)?.discard(vm, &pos[1])? {
        return Err(key_error(pos[1].clone()));
    }
    Ok(Value::none())
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.discard", 1, 1)?;
    core_of(&args)?.discard(vm, &pos[1])?;
    Ok(Value::none())
}

fn set_pop(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("pop", 0, 0)?;
    let s = args.self_().downcast::<SetData>().ok_or_else(|| type_error("descriptor 'pop' requires a 'set' object"))?;
    s.core.pop(&s.finger).ok_or_else(|| PyErr::with_args(crate::error::ExcType::KeyError, vec![Value::str("pop from an empty set")]))
}

fn set_clear(_vm: &mut Vm, args: Args) -> PyResult {
    core_of(&args)?.clear();
    Ok(Value::none())
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult {
    let c = core_of(&args)?;
    for o in &args.pos()[1..] {
        c.update(vm, o)?;
    }
    Ok(Value::none())
}

fn is_anyset(v: &Value) -> bool {
    matches!(v.kind(), Kind::Set | Kind::FrozenSet)
}

fn set_ior(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ior__", 1, 1)?;
    if !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    core_of(&args)?.update(vm, &pos[1])?;
    Ok(pos[0].clone())
}

fn intersection_into(vm: &mut Vm, a: &Value, other: &Value) -> PyResult<Vec<(Value, i64)>> {
    // CPython iterates the smaller set when both are sets, else the other iterable.
    let ac = set_core(a).ok_or_else(|| type_error("expected a set"))?;
    let mut out: Vec<(Value, i64)> = Vec::new();
    if let Some(oc) = set_core(other) {
        let (small, big) = if oc.len() > ac.len() { (ac, other) } else { (oc, a) };
        let bc = set_core(big).ok_or_else(|| type_error("expected a set"))?;
        for (k, h) in small.table().entries() {
            if bc.lookup(vm, &k, h)?.is_some() {
                out.push((k, h));
            }
        }
        return Ok(out);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if ac.lookup(vm, &k, h)?.is_some() {
            out.push((k, h));
        }
    }
    Ok(out)
}

fn build(vm: &mut Vm, like: &Value, items: Vec<(Value, i64)>) -> PyResult {
    let r = new_like(like);
    let c = set_core(&r).ok_or_else(|| type_error("expected a set"))?;
    for (k, h) in items {
        c.add_hashed(vm, k, h)?;
    }
    Ok(r)
}

fn s_intersection(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let mut cur = copy_of(vm, &pos[0])?;
    for o in &pos[1..] {
        let items = intersection_into(vm, &cur, o)?;
        cur = build(vm, &pos[0], items)?;
    }
    Ok(cur)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let c = core_of(&args)?;
    for o in &pos[1..] {
        let items = intersection_into(vm, &pos[0], o)?;
        c.clear();
        for (k, h) in items {
            c.add_hashed(vm, k, h)?;
        }
    }
    Ok(Value::none())
}

fn set_iand(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__iand__", 1, 1)?;
    if !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    set_intersection_update(vm, args)?;
    Ok(pos[0].clone())
}

fn difference_update(vm: &mut Vm, c: &SetCore, other: &Value) -> PyResult<()> {
    if let Some(oc) = set_core(other) {
        for k in oc.table().keys() {
            c.discard(vm, &k)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        c.discard(vm, &k)?;
    }
    Ok(())
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let c = core_of(&args)?;
    for o in &args.pos()[1..] {
        difference_update(vm, c, o)?;
    }
    Ok(Value::none())
}

fn set_isub(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__isub__", 1, 1)?;
    if !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    difference_update(vm, core_of(&args)?, &pos[1])?;
    Ok(pos[0].clone())
}

fn symmetric_update(vm: &mut Vm, c: &SetCore, other: &Value) -> PyResult<()> {
    let o = if is_anyset(other) { other.clone() } else { set_from(vm, other)? };
    let oc = set_core(&o).ok_or_else(|| type_error("expected a set"))?;
    for (k, h) in oc.table().entries() {
        match c.lookup(vm, &k, h)? {
            Some(_) => {
                c.discard(vm, &k)?;
            }
            None => c.add_hashed(vm, k, h)?,
        }
    }
    Ok(())
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.symmetric_difference_update", 1, 1)?;
    symmetric_update(vm, core_of(&args)?, &pos[1])?;
    Ok(Value::none())
}

fn set_ixor(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ixor__", 1, 1)?;
    if !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    symmetric_update(vm, core_of(&args)?, &pos[1])?;
    Ok(pos[0].clone())
}

fn set_unhashable(_vm: &mut Vm, args: Args) -> PyResult {
    Err(type_error(format!("unhashable type: '{}'", type_name(args.self_()))))
}

fn frozenset_hash_m(_vm: &mut Vm, args: Args) -> PyResult {
    let fs = args.self_().downcast::<FrozenSetData>().ok_or_else(|| type_error("expected frozenset"))?;
    if let Some(h) = fs.hash.get() {
        return Ok(Value::int(h));
    }
    let h = frozenset_hash(&fs.core);
    fs.hash.set(Some(h));
    Ok(Value::int(h))
}

fn s_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(core_of(&args)?.len() as i64))
}

fn s_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__contains__", 1, 1)?;
    Ok(Value::bool(core_of(&args)?.contains(vm, &pos[1])?))
}

fn s_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_set_iter(args.self_()))
}

fn s_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let c = core_of(&args)?;
    let name = crate::types::typeobj::type_qualname(&me.class());
    let exact = me.class_ptr() == rt().ty_ptr(BT::Set);
    if c.is_empty() {
        return Ok(Value::string(format!("{name}()")));
    }
    if !vm.repr_enter(me) {
        return Ok(Value::string(format!("{name}(...)")));
    }
    let keys = c.table().keys();
    let r = crate::types::seq::repr_items(vm, &keys, "{", "}");
    vm.repr_leave(me);
    let r = r?;
    Ok(Value::string(if exact { r } else { format!("{name}({r})") }))
}

fn subset(vm: &mut Vm, a: &SetCore, b: &SetCore) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (k, h) in a.table().entries() {
        if b.lookup(vm, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn both<'a>(args: &Args<'a>, name: &str) -> PyResult<Option<(&'a SetCore, &'a SetCore)>> {
    let pos = args.check(name, 2, 2)?;
    match (set_core(&pos[0]), set_core(&pos[1])) {
        (Some(a), Some(b)) => Ok(Some((a, b))),
        _ => Ok(None),
    }
}

fn s_eq(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = both(&args, "__eq__")? else { return Ok(Value::not_implemented()) };
    Ok(Value::bool(a.len() == b.len() && subset(vm, a, b)?))
}
fn s_ne(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = both(&args, "__ne__")? else { return Ok(Value::not_implemented()) };
    Ok(Value::bool(!(a.len() == b.len() && subset(vm, a, b)?)))
}
fn s_le(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = both(&args, "__le__")? else { return Ok(Value::not_implemented()) };
    Ok(Value::bool(subset(vm, a, b)?))
}
fn s_lt(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = both(&args, "__lt__")? else { return Ok(Value::not_implemented()) };
    Ok(Value::bool(a.len() < b.len() && subset(vm, a, b)?))
}
fn s_ge(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = both(&args, "__ge__")? else { return Ok(Value::not_implemented()) };
    Ok(Value::bool(subset(vm, b, a)?))
}
fn s_gt(vm: &mut Vm, args: Args) -> PyResult {
    let Some((a, b)) = both(&args, "__gt__")? else { return Ok(Value::not_implemented()) };
    Ok(Value::bool(a.len() > b.len() && subset(vm, b, a)?))
}

/// A copy with the exact builtin type of `v` (set or frozenset).
fn copy_of(vm: &mut Vm, v: &Value) -> PyResult {
    let r = new_like(v);
    if let (Some(c), Some(src)) = (set_core(&r), set_core(v)) {
        let t = src.copy_table();
        c.merge(vm, &t)?;
    }
    Ok(r)
}

fn s_or(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__or__", 1, 1)?;
    if !is_anyset(&pos[0]) || !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    let r = copy_of(vm, &pos[0])?;
    set_core(&r).ok_or_else(|| type_error("expected set"))?.update(vm, &pos[1])?;
    Ok(r)
}

fn s_union(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let r = copy_of(vm, &pos[0])?;
    let c = set_core(&r).ok_or_else(|| type_error("expected set"))?;
    for o in &pos[1..] {
        c.update(vm, o)?;
    }
    Ok(r)
}

fn s_and(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__and__", 1, 1)?;
    if !is_anyset(&pos[0]) || !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    let items = intersection_into(vm, &pos[0], &pos[1])?;
    build(vm, &pos[0], items)
}

fn difference(vm: &mut Vm, a: &Value, other: &Value) -> PyResult {
    let ac = set_core(a).ok_or_else(|| type_error("expected set"))?;
    let olen = match set_core(other) {
        Some(o) => Some(o.len()),
        None => other.downcast::<crate::types::dict::DictData>().map(|d| d.len()),
    };
    if let Some(n) = olen {
        if (ac.len() >> 2) > n {
            let r = copy_of(vm, a)?;
            difference_update(vm, set_core(&r).ok_or_else(|| type_error("expected set"))?, other)?;
            return Ok(r);
        }
        let mut items = Vec::new();
        for (k, h) in ac.table().entries() {
            if !vm.contains(other, &k)? {
                items.push((k, h));
            }
        }
        return build(vm, a, items);
    }
    let r = copy_of(vm, a)?;
    difference_update(vm, set_core(&r).ok_or_else(|| type_error("expected set"))?, other)?;
    Ok(r)
}

fn s_sub(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__sub__", 1, 1)?;
    if !is_anyset(&pos[0]) || !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    difference(vm, &pos[0], &pos[1])
}

fn s_rsub(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__rsub__", 1, 1)?;
    if !is_anyset(&pos[0]) || !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    difference(vm, &pos[1], &pos[0])
}

fn s_difference(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let mut cur = copy_of(vm, &pos[0])?;
    for o in &pos[1..] {
        cur = difference(vm, &cur, o)?;
    }
    Ok(cur)
}

fn s_xor(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__xor__", 1, 1)?;
    if !is_anyset(&pos[0]) || !is_anyset(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    let r = copy_of(vm, &pos[0])?;
    symmetric_update(vm, set_core(&r).ok_or_else(|| type_error("expected set"))?, &pos[1])?;
    Ok(r)
}

fn s_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.symmetric_difference", 1, 1)?;
    let r = copy_of(vm, &pos[0])?;
    symmetric_update(vm, set_core(&r).ok_or_else(|| type_error("expected set"))?, &pos[1])?;
    Ok(r)
}

fn s_issubset(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.issubset", 1, 1)?;
    let other = if is_anyset(&pos[1]) { pos[1].clone() } else { set_from(vm, &pos[1])? };
    let (a, b) = (core_of(&args)?, set_core(&other).ok_or_else(|| type_error("expected set"))?);
    Ok(Value::bool(subset(vm, a, b)?))
}

fn s_issuperset(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.issuperset", 1, 1)?;
    let a = core_of(&args)?;
    if let Some(b) = set_core(&pos[1]) {
        return Ok(Value::bool(subset(vm, b, a)?));
    }
    for k in vm.collect_iter(&pos[1])? {
        if !a.contains(vm, &k)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn s_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set.isdisjoint", 1, 1)?;
    let a = core_of(&args)?;
    for k in vm.collect_iter(&pos[1])? {
        if a.contains(vm, &k)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn s_copy(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    if me.class_ptr() == rt().ty_ptr(BT::FrozenSet) {
        return Ok(me.clone());
    }
    copy_of(vm, me)
}

fn s_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let keys = core_of(&args)?.table().keys();
    Ok(Value::tuple(vec![me.class(), Value::tuple(vec![Value::list(keys)]), Value::none()]))
}
