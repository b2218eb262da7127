//! Struct sequences (`time.struct_time`, `os.stat_result`): tuple subclasses whose fields
//! are also attributes. The first `n_seq` fields form the tuple; every field (including the
//! attribute-only ones) is also kept in an ext slot read by a member descriptor.

use crate::error::{type_error, PyResult};
use crate::object::{alloc_obj, CellValue};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::dict::DictData;
use crate::types::tuple::TupleData;
use crate::types::typeobj::tdata;
use crate::value::Value;
use crate::vm::Vm;

/// A struct sequence type's shape. An empty name is an unnamed field (only in the tuple).
pub struct Spec {
    /// "module.name".
    pub name: &'static str,
    pub fields: &'static [&'static str],
    pub n_seq: usize,
}

const METHODS: &[MethodDef] = &[staticmethod("__new__", structseq_new), method("__repr__", structseq_repr), method("__reduce__", structseq_reduce)];

thread_local! {
    static SPECS: std::cell::RefCell<Vec<(usize, &'static Spec)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn spec_of(cls: &Value) -> PyResult<&'static Spec> {
    let p = cls.as_ptr() as usize;
    SPECS.with(|s| s.borrow().iter().find(|(t, _)| *t == p).map(|(_, s)| *s)).ok_or_else(|| type_error("not a struct sequence type"))
}

/// Creates the type (immortal; not subclassable, as in CPython).
pub fn new_type(spec: &'static Spec) -> Value {
    assert!(spec.fields.len() <= FIELD_GETTERS.len(), "struct sequence with too many fields");
    let (module, name) = spec.name.rsplit_once('.').unwrap_or(("builtins", spec.name));
    let t = crate::types::new_native_type(name, module, Some(rt().ty(BT::Tuple)), &[METHODS], &[], false);
    let td = tdata(&t);
    td.ext_len.set(spec.fields.len() as u16);
    if let Some(d) = td.dict().downcast::<DictData>() {
        let named: Vec<Value> = spec.fields.iter().filter(|f| !f.is_empty()).map(|f| Value::intern(f)).collect();
        let visible = spec.fields[..spec.n_seq].iter().filter(|f| !f.is_empty()).count();
        for (i, f) in spec.fields.iter().enumerate() {
            if !f.is_empty() {
                d.set_str(Value::intern(f), crate::types::descr::new_getset(f, spec.name, &t, FIELD_GETTERS[i], None));
            }
        }
        d.set_str(Value::intern("n_sequence_fields"), Value::int(spec.n_seq as i64));
        d.set_str(Value::intern("n_fields"), Value::int(spec.fields.len() as i64));
        d.set_str(Value::intern("n_unnamed_fields"), Value::int((spec.fields.len() - named.len()) as i64));
        d.set_str(Value::intern("__match_args__"), Value::tuple(named[..visible].to_vec()));
    }
    SPECS.with(|s| s.borrow_mut().push((t.as_ptr() as usize, spec)));
    t
}

/// Read-only field getters by index (getset descriptors carry no data of their own).
macro_rules! field_getters {
    ($($i:literal)*) => {
        const FIELD_GETTERS: &[crate::types::descr::Getter] = &[$(|_vm, v| Ok(field(v, $i).unwrap_or_else(Value::none)),)*];
    };
}
field_getters!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23);

/// An instance from all field values (missing trailing fields are None).
pub fn new(cls: &Value, mut values: Vec<Value>) -> PyResult {
    let spec = spec_of(cls)?;
    values.resize(spec.fields.len(), Value::none());
    let v = alloc_obj(cls, TupleData { items: values[..spec.n_seq].to_vec().into_boxed_slice() }, spec.fields.len());
    if let Some(h) = v.header() {
        for (i, x) in values.into_iter().enumerate() {
            h.ext_slot(i).set(Some(x));
        }
    }
    Ok(v)
}

/// Field `i` of a struct sequence value.
pub fn field(v: &Value, i: usize) -> Option<Value> {
    let h = v.header()?;
    if i < h.ext_len as usize {
        h.ext_slot(i).get_value()
    } else {
        None
    }
}

fn structseq_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = pos.first().ok_or_else(|| type_error("structseq.__new__(): not enough arguments"))?.clone();
    let spec = spec_of(&cls)?;
    let [seq, dict] = Args { all: &args.all[1..], kwnames: args.kwnames }.bind(spec.name, ["sequence", "dict"], 1, 0)?;
    let items = vm.collect_iter(&seq.unwrap_or_else(Value::none)).map_err(|e| if e.matches(crate::error::ExcType::TypeError) { type_error("constructor requires a sequence") } else { e })?;
    let n = items.len();
    let total = spec.fields.len();
    let (min, max) = (spec.n_seq, total);
    if n < min {
        let how = if min == max { "a" } else { "an at least" };
        return Err(type_error(format!("{}() takes {how} {min}-sequence ({n}-sequence given)", spec.name)));
    }
    if n > max {
        let how = if min == max { "a" } else { "an at most" };
        return Err(type_error(format!("{}() takes {how} {max}-sequence ({n}-sequence given)", spec.name)));
    }
    let dict = dict.filter(|d| !d.is_none());
    if let Some(d) = &dict {
        if d.downcast::<DictData>().is_none() {
            return Err(type_error(format!("{}() takes a dict as second arg, if any", spec.name)));
        }
    }
    let mut values = items;
    for f in &spec.fields[n..] {
        let v = match (&dict, f.is_empty()) {
            (Some(d), false) => d.downcast::<DictData>().and_then(|d| d.get_item_str(f)),
            _ => None,
        };
        values.push(v.unwrap_or_else(Value::none));
    }
    new(&cls, values)
}

fn structseq_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let spec = spec_of(&me.class())?;
    let items = me.as_tuple().unwrap_or(&[]).to_vec();
    let named = spec.fields.iter().filter(|f| !f.is_empty());
    let mut out = format!("{}(", spec.name);
    for (i, (f, v)) in named.zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f);
        out.push('=');
        out.push_str(&vm.repr_string(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn structseq_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let cls = me.class();
    let spec = spec_of(&cls)?;
    let dv = Value::dict();
    let d = dv.downcast::<DictData>().ok_or_else(|| type_error("dict"))?;
    for (i, f) in spec.fields.iter().enumerate().skip(spec.n_seq) {
        if !f.is_empty() {
            d.set_str(Value::intern(f), field(me, i).unwrap_or_else(Value::none));
        }
    }
    let seq = Value::tuple(me.as_tuple().unwrap_or(&[]).to_vec());
    Ok(Value::tuple(vec![cls, Value::tuple(vec![seq, dv])]))
}
