//! The builtin types, one file each, and the bootstrap that creates their type objects.

pub mod builtin;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod frameobj;
pub mod function;
pub mod ga_subst;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod module;
pub mod native;
pub mod numops;
pub mod objtype;
pub mod range;
pub mod seq;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typeobj;
pub mod weakref;

use crate::error::{attribute_error, type_error, ExcType, PyResult};
use crate::object::{alloc_obj, flag, CellValue, Header, Kind, Obj};
use crate::runtime::{rt, BT};
use builtin::{Args, BuiltinData, MethodDef, MethodDescrData, MethodKind};
use descr::{new_getset, Getter, Setter};
use dict::DictData;
use typeobj::{tdata, tflag, GenericAliasData, TypeData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// A row of the builtin type table.
struct TypeSpec {
    t: BT,
    name: &'static str,
    base: Option<BT>,
    kind: Kind,
    subclassable: bool,
    methods: &'static [&'static [MethodDef]],
    getsets: &'static [(&'static str, Getter, Option<Setter>)],
}

const fn spec(
    t: BT,
    name: &'static str,
    base: Option<BT>,
    kind: Kind,
    subclassable: bool,
    methods: &'static [&'static [MethodDef]],
    getsets: &'static [(&'static str, Getter, Option<Setter>)],
) -> TypeSpec {
    TypeSpec { t, name, base, kind, subclassable, methods, getsets }
}

const NO_M: &[&[MethodDef]] = &[];
const NO_G: &[(&str, Getter, Option<Setter>)] = &[];
const ITER_M: &[&[MethodDef]] = &[iter::ITER_METHODS];
const OBJ: Option<BT> = Some(BT::Object);

fn type_specs() -> Vec<TypeSpec> {
    use BT::*;
    vec![
        spec(Object, "object", None, Kind::Object, true, &[objtype::OBJECT_METHODS], &[("__class__", objtype::get_class, Some(objtype::set_class))]),
        spec(Type, "type", OBJ, Kind::Type, true, &[typeobj::TYPE_METHODS], TYPE_GETSETS),
        spec(Int, "int", OBJ, Kind::Int, true, &[int::INT_METHODS, numops::INT_NUM_METHODS], INT_GETSETS),
        spec(Bool, "bool", Some(Int), Kind::Bool, false, &[objtype::BOOL_METHODS], NO_G),
        spec(Float, "float", OBJ, Kind::Float, true, &[float::FLOAT_METHODS, numops::FLOAT_NUM_METHODS], FLOAT_GETSETS),
        spec(Complex, "complex", OBJ, Kind::Complex, true, &[complex::COMPLEX_METHODS, numops::COMPLEX_NUM_METHODS], COMPLEX_GETSETS),
        spec(Str, "str", OBJ, Kind::Str, true, &[str::STR_METHODS], NO_G),
        spec(Bytes, "bytes", OBJ, Kind::Bytes, true, &[bytes::BYTES_METHODS, bytes::BYTES_COMMON_METHODS], NO_G),
        spec(ByteArray, "bytearray", OBJ, Kind::ByteArray, true, &[bytes::BYTEARRAY_METHODS, bytes::BYTES_COMMON_METHODS], NO_G),
        spec(MemoryView, "memoryview", OBJ, Kind::MemoryView, false, &[memoryview::MEMORYVIEW_METHODS], memoryview::MV_GETSETS),
        spec(List, "list", OBJ, Kind::List, true, &[list::LIST_METHODS], NO_G),
        spec(Tuple, "tuple", OBJ, Kind::Tuple, true, &[tuple::TUPLE_METHODS], NO_G),
        spec(Dict, "dict", OBJ, Kind::Dict, true, &[dict::DICT_METHODS], NO_G),
        spec(Set, "set", OBJ, Kind::Set, true, &[set::SET_METHODS, set::COMMON_METHODS], NO_G),
        spec(FrozenSet, "frozenset", OBJ, Kind::FrozenSet, true, &[set::FROZENSET_METHODS, set::COMMON_METHODS], NO_G),
        spec(Range, "range", OBJ, Kind::Range, false, &[range::RANGE_METHODS], RANGE_GETSETS),
        spec(Slice, "slice", OBJ, Kind::Slice, false, &[slice::SLICE_METHODS], SLICE_GETSETS),
        spec(NoneType, "NoneType", OBJ, Kind::NoneType, false, &[objtype::NONE_METHODS], NO_G),
        spec(NotImplementedType, "NotImplementedType", OBJ, Kind::NotImplemented, false, &[objtype::NOTIMPL_METHODS], NO_G),
        spec(Ellipsis, "ellipsis", OBJ, Kind::Ellipsis, false, &[objtype::ELLIPSIS_METHODS], NO_G),
        spec(Function, "function", OBJ, Kind::Function, false, &[function::FUNCTION_METHODS, CALL_METHODS], FUNCTION_GETSETS),
        spec(Code, "code", OBJ, Kind::Code, false, &[code::CODE_METHODS], CODE_GETSETS),
        spec(Cell, "cell", OBJ, Kind::Cell, false, &[function::CELL_METHODS], CELL_GETSETS),
        spec(Module, "module", OBJ, Kind::Module, true, &[module::MODULE_METHODS], MODULE_GETSETS),
        spec(BuiltinFunction, "builtin_function_or_method", OBJ, Kind::Builtin, false, &[BUILTIN_METHODS, CALL_METHODS], BUILTIN_GETSETS),
        spec(MethodDescriptor, "method_descriptor", OBJ, Kind::MethodDescr, false, &[DESCR_METHODS, CALL_METHODS], DESCR_GETSETS),
        spec(ClassMethodDescriptor, "classmethod_descriptor", OBJ, Kind::MethodDescr, false, &[DESCR_METHODS, CALL_METHODS], DESCR_GETSETS),
        spec(WrapperDescriptor, "wrapper_descriptor", OBJ, Kind::MethodDescr, false, &[DESCR_METHODS, CALL_METHODS], DESCR_GETSETS),
        spec(Method, "method", OBJ, Kind::BoundMethod, false, &[function::METHOD_METHODS, CALL_METHODS], METHOD_GETSETS),
        spec(Property, "property", OBJ, Kind::Property, true, &[descr::PROPERTY_METHODS], PROPERTY_GETSETS),
        spec(ClassMethod, "classmethod", OBJ, Kind::ClassMethod, true, &[descr::CLASSMETHOD_METHODS], WRAPPER_GETSETS),
        spec(StaticMethod, "staticmethod", OBJ, Kind::StaticMethod, true, &[descr::STATICMETHOD_METHODS], WRAPPER_GETSETS),
        spec(GetSetDescriptor, "getset_descriptor", OBJ, Kind::GetSet, false, &[descr::GETSET_METHODS], descr::GETSET_GETSETS),
        spec(MemberDescriptor, "member_descriptor", OBJ, Kind::Member, false, &[descr::MEMBER_METHODS], descr::MEMBER_GETSETS),
        spec(Super, "super", OBJ, Kind::Super, true, &[descr::SUPER_METHODS], SUPER_GETSETS),
        spec(Generator, "generator", OBJ, Kind::Generator, false, &[generator::GENERATOR_METHODS], GEN_GETSETS),
        spec(Coroutine, "coroutine", OBJ, Kind::Generator, false, &[generator::COROUTINE_METHODS], CORO_GETSETS),
        spec(AsyncGenerator, "async_generator", OBJ, Kind::Generator, false, &[generator::ASYNC_GENERATOR_METHODS], AGEN_GETSETS),
        spec(CoroutineWrapper, "coroutine_wrapper", OBJ, Kind::Native, false, &[generator::AWAIT_METHODS], NO_G),
        spec(AsyncGenASend, "async_generator_asend", OBJ, Kind::Native, false, &[generator::AWAIT_METHODS], NO_G),
        spec(AsyncGenAThrow, "async_generator_athrow", OBJ, Kind::Native, false, &[generator::AWAIT_METHODS], NO_G),
        spec(AnextAwaitable, "anext_awaitable", OBJ, Kind::Native, false, &[generator::AWAIT_METHODS], NO_G),
        spec(AsyncGenWrappedValue, "async_generator_wrapped_value", OBJ, Kind::Native, false, NO_M, NO_G),
        spec(Frame, "frame", OBJ, Kind::Frame, false, &[frameobj::FRAME_METHODS], FRAME_GETSETS),
        spec(Traceback, "traceback", OBJ, Kind::Traceback, false, NO_M, TB_GETSETS),
        spec(ListIterator, "list_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(ListReverseIterator, "list_reverseiterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(TupleIterator, "tuple_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(RangeIterator, "range_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(LongRangeIterator, "longrange_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(StrAsciiIterator, "str_ascii_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(StrIterator, "str_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(BytesIterator, "bytes_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(ByteArrayIterator, "bytearray_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(DictKeyIterator, "dict_keyiterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(DictValueIterator, "dict_valueiterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(DictItemIterator, "dict_itemiterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(DictRevKeyIterator, "dict_reversekeyiterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(DictRevValueIterator, "dict_reversevalueiterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(DictRevItemIterator, "dict_reverseitemiterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(SetIterator, "set_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(SeqIterator, "iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(CallableIterator, "callable_iterator", OBJ, Kind::Iter, false, ITER_M, NO_G),
        spec(Enumerate, "enumerate", OBJ, Kind::Iter, true, &[iter::ITER_METHODS, iter::ENUMERATE_METHODS], NO_G),
        spec(Zip, "zip", OBJ, Kind::Iter, true, &[iter::ITER_METHODS, iter::ZIP_METHODS], NO_G),
        spec(Map, "map", OBJ, Kind::Iter, true, &[iter::ITER_METHODS, iter::MAP_METHODS], NO_G),
        spec(Filter, "filter", OBJ, Kind::Iter, true, &[iter::ITER_METHODS, iter::FILTER_METHODS], NO_G),
        spec(Reversed, "reversed", OBJ, Kind::Iter, true, &[iter::ITER_METHODS, iter::REVERSED_METHODS], NO_G),
        spec(DictKeys, "dict_keys", OBJ, Kind::DictView, false, &[dict::VIEW_METHODS], VIEW_GETSETS),
        spec(DictValues, "dict_values", OBJ, Kind::DictView, false, &[dict::VALUES_VIEW_METHODS], VIEW_GETSETS),
        spec(DictItems, "dict_items", OBJ, Kind::DictView, false, &[dict::VIEW_METHODS], VIEW_GETSETS),
        spec(MappingProxy, "mappingproxy", OBJ, Kind::MappingProxy, false, &[dict::MAPPINGPROXY_METHODS], NO_G),
        spec(WeakRef, "weakref.ReferenceType", OBJ, Kind::WeakRef, true, &[weakref::WEAKREF_METHODS], WEAKREF_GETSETS),
        spec(WeakProxy, "weakref.ProxyType", OBJ, Kind::WeakRef, false, NO_M, NO_G),
        spec(WeakCallableProxy, "weakref.CallableProxyType", OBJ, Kind::WeakRef, false, NO_M, NO_G),
        spec(GenericAlias, "types.GenericAlias", OBJ, Kind::GenericAlias, true, &[GENERIC_ALIAS_METHODS], GA_GETSETS),
        spec(UnionType, "types.UnionType", OBJ, Kind::GenericAlias, false, &[UNION_METHODS], UNION_GETSETS),
        spec(BaseException, "BaseException", OBJ, Kind::Exception, true, &[exception::EXCEPTION_METHODS], EXC_GETSETS),
    ]
}

/// `__call__` in the dict of the callable builtin types, as CPython's tp_call slot wrappers:
/// collections.abc.Callable and `type(f).__call__(f, ...)` look for it. Calls themselves
/// dispatch on the object's kind and never come through here.
const CALL_METHODS: &[MethodDef] = &[builtin::method("__call__", slot_call)];

fn slot_call(vm: &mut Vm, args: Args) -> PyResult {
    let Some(f) = args.all.first() else { return Err(crate::error::type_error("descriptor '__call__' needs an argument")) };
    vm.call_args(f, Args { all: &args.all[1..], kwnames: args.kwnames })
}

/// The setter of attributes that CPython exposes as READONLY members ("readonly attribute"),
/// as opposed to getsets without a setter ("attribute 'x' of 'T' objects is not writable").
fn readonly(_vm: &mut Vm, _v: &Value, _n: Option<Value>) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}

const TYPE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__name__", type_get_name, Some(type_set_name)),
    ("__qualname__", type_get_qualname, Some(type_set_qualname)),
    ("__module__", type_get_module, Some(type_set_module)),
    ("__doc__", type_get_doc, Some(type_set_doc)),
    ("__dict__", type_get_dict, None),
    ("__bases__", type_get_bases, Some(type_set_bases)),
    ("__base__", type_get_base, Some(readonly)),
    ("__mro__", type_get_mro, Some(readonly)),
    ("__abstractmethods__", type_get_abstract, Some(type_set_abstract)),
    ("__annotations__", type_get_annotations, Some(type_set_annotations)),
    ("__flags__", descr::introspect::type_flags, None),
];
const INT_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("real", num_real, None), ("imag", num_zero, None), ("numerator", num_real, None), ("denominator", num_one, None)];
const FLOAT_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("real", num_real, None), ("imag", float_imag, None)];
const COMPLEX_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("real", complex_real, Some(readonly)), ("imag", complex_imag, Some(readonly))];
const RANGE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("start", range_start, Some(readonly)), ("stop", range_stop, Some(readonly)), ("step", range_step, Some(readonly))];
const SLICE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("start", slice_start, Some(readonly)), ("stop", slice_stop, Some(readonly)), ("step", slice_step, Some(readonly))];
const FUNCTION_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__name__", fn_get_name, Some(fn_set_name)),
    ("__qualname__", fn_get_qualname, Some(fn_set_qualname)),
    ("__doc__", fn_get_doc, Some(fn_set_doc)),
    ("__defaults__", fn_get_defaults, Some(fn_set_defaults)),
    ("__kwdefaults__", fn_get_kwdefaults, Some(fn_set_kwdefaults)),
    ("__code__", fn_get_code, Some(fn_set_code)),
    ("__globals__", fn_get_globals, Some(readonly)),
    ("__builtins__", fn_get_builtins, Some(readonly)),
    ("__closure__", fn_get_closure, Some(readonly)),
    ("__annotations__", fn_get_annotations, Some(fn_set_annotations)),
    ("__module__", fn_get_module, Some(fn_set_module)),
    ("__dict__", objtype::get_dict, Some(objtype::set_dict)),
];
const CODE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("co_name", co_name, Some(readonly)),
    ("co_qualname", co_qualname, Some(readonly)),
    ("co_filename", co_filename, Some(readonly)),
    ("co_firstlineno", co_firstlineno, Some(readonly)),
    ("co_argcount", co_argcount, Some(readonly)),
    ("co_posonlyargcount", co_posonlyargcount, Some(readonly)),
    ("co_kwonlyargcount", co_kwonlyargcount, Some(readonly)),
    ("co_nlocals", co_nlocals, Some(readonly)),
    ("co_varnames", co_varnames, Some(readonly)),
    ("co_cellvars", co_cellvars, Some(readonly)),
    ("co_freevars", co_freevars, Some(readonly)),
    ("co_names", co_names, Some(readonly)),
    ("co_consts", co_consts, Some(readonly)),
    ("co_flags", co_flags, Some(readonly)),
    ("co_stacksize", co_stacksize, Some(readonly)),
    ("co_code", co_code, Some(readonly)),
];
const CELL_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("cell_contents", cell_get, Some(cell_set))];
const MODULE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("__dict__", module_get_dict, Some(readonly))];
const BUILTIN_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__name__", bf_name, None),
    ("__qualname__", bf_qualname, None),
    ("__self__", bf_self, None),
    ("__module__", bf_module, None),
    ("__doc__", none_getter, None),
    ("__text_signature__", none_getter, None),
];
const DESCR_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__name__", md_name, None),
    ("__qualname__", md_qualname, None),
    ("__objclass__", md_objclass, None),
    ("__doc__", none_getter, None),
    ("__text_signature__", none_getter, None),
];
const METHOD_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__func__", m_func, Some(readonly)),
    ("__self__", m_self, Some(readonly)),
    ("__name__", m_name, None),
    ("__qualname__", m_qualname, None),
    ("__doc__", m_doc, None),
    ("__module__", m_module, None),
];
const PROPERTY_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("fget", descr::property_getset_fget, Some(readonly)),
    ("fset", descr::property_getset_fset, Some(readonly)),
    ("fdel", descr::property_getset_fdel, Some(readonly)),
    ("__doc__", descr::property_getset_doc, Some(descr::property_set_doc)),
    ("__isabstractmethod__", property_isabstract, None),
];
const WRAPPER_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__func__", descr::wrapper_func, Some(readonly)),
    ("__wrapped__", descr::wrapper_func, Some(readonly)),
    ("__dict__", descr::wrapper_dict, None),
    ("__isabstractmethod__", descr::wrapper_isabstract, None),
];
const SUPER_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("__thisclass__", super_thisclass, Some(readonly)), ("__self__", super_self, Some(readonly)), ("__self_class__", super_self_class, Some(readonly))];
const GEN_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("gi_running", generator::get_running, None),
    ("gi_suspended", generator::get_suspended, None),
    ("gi_frame", generator::get_frame, None),
    ("gi_code", generator::get_code, Some(readonly)),
    ("gi_yieldfrom", generator::get_yieldfrom, None),
    ("__name__", generator::get_name, Some(generator::set_name)),
    ("__qualname__", generator::get_qualname, Some(generator::set_qualname)),
];
const CORO_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("cr_running", generator::get_running, None),
    ("cr_suspended", generator::get_suspended, None),
    ("cr_frame", generator::get_frame, None),
    ("cr_code", generator::get_code, Some(readonly)),
    ("cr_await", generator::get_yieldfrom, None),
    ("cr_origin", none_getter, None),
    ("__name__", generator::get_name, Some(generator::set_name)),
    ("__qualname__", generator::get_qualname, Some(generator::set_qualname)),
];
const AGEN_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("ag_running", generator::get_running, None),
    ("ag_frame", generator::get_frame, None),
    ("ag_code", generator::get_code, None),
    ("ag_await", generator::get_yieldfrom, None),
    ("__name__", generator::get_name, Some(generator::set_name)),
    ("__qualname__", generator::get_qualname, Some(generator::set_qualname)),
];
const FRAME_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("f_lineno", frameobj::frame_lineno, None),
    ("f_code", frameobj::frame_code, None),
    ("f_globals", frameobj::frame_globals, None),
    ("f_builtins", frameobj::frame_builtins, None),
    ("f_locals", frameobj::frame_locals, None),
    ("f_back", frameobj::frame_back, None),
    ("f_lasti", frameobj::frame_lasti, None),
];
const TB_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("tb_next", frameobj::tb_next, Some(frameobj::tb_set_next)),
    ("tb_frame", frameobj::tb_frame, None),
    ("tb_lineno", frameobj::tb_lineno, None),
    ("tb_lasti", frameobj::tb_lasti, None),
];
const VIEW_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("mapping", view_mapping, None)];
const WEAKREF_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("__callback__", weakref_callback, None)];
const GA_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__origin__", ga_origin, None),
    ("__args__", ga_args, None),
    ("__parameters__", ga_subst::ga_parameters, None),
    ("__unpacked__", ga_subst::ga_unpacked, None),
    ("__typing_unpacked_tuple_args__", ga_subst::ga_unpacked_tuple_args, None),
];
const UNION_GETSETS: &[(&str, Getter, Option<Setter>)] =
    &[("__origin__", ga_origin, None), ("__args__", ga_args, None), ("__parameters__", ga_subst::ga_parameters, None)];
const EXC_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("args", exception::get_args, Some(exception::set_args)),
    ("__traceback__", exception::get_traceback, Some(exception::set_traceback)),
    ("__cause__", exception::get_cause, Some(exception::set_cause)),
    ("__context__", exception::get_context, Some(exception::set_context)),
    ("__suppress_context__", exception::get_suppress_context, Some(exception::set_suppress_context)),
    ("__dict__", exception::get_dict, Some(objtype::set_dict)),
];

/// Specialized attributes of builtin exception subclasses.
fn exc_extra_getsets(t: ExcType) -> &'static [(&'static str, Getter, Option<Setter>)] {
    use exception::*;
    match t {
        ExcType::StopIteration | ExcType::StopAsyncIteration => &[("value", get_value, Some(set_value))],
        ExcType::SystemExit => &[("code", get_code, Some(set_code))],
        ExcType::OSError => &[
            ("errno", get_errno, Some(set_errno)),
            ("strerror", get_strerror, Some(set_strerror)),
            ("filename", get_filename, Some(set_filename)),
            ("filename2", get_filename2, Some(set_filename2)),
            ("characters_written", get_characters_written, Some(set_characters_written)),
        ],
        ExcType::SyntaxError => &[
            ("msg", get_msg, Some(set_msg)),
            ("filename", get_filename, Some(set_filename)),
            ("lineno", get_lineno, Some(set_lineno)),
            ("offset", get_offset, Some(set_offset)),
            ("text", get_text, Some(set_text)),
            ("end_lineno", get_end_lineno, Some(set_end_lineno)),
            ("end_offset", get_end_offset, Some(set_end_offset)),
            ("print_file_and_line", get_print_file_and_line, Some(set_print_file_and_line)),
        ],
        ExcType::ImportError => &[("msg", get_msg, Some(set_msg)), ("name", get_name, Some(set_name)), ("path", get_path, Some(set_path))],
        ExcType::AttributeError => &[("name", get_name, Some(set_name)), ("obj", get_obj, Some(set_obj))],
        ExcType::NameError => &[("name", get_name, Some(set_name))],
        ExcType::UnicodeError => &[
            ("encoding", get_encoding, Some(set_encoding)),
            ("object", get_object, Some(set_object)),
            ("start", get_start, Some(set_start)),
            ("end", get_end, Some(set_end)),
            ("reason", get_reason, Some(set_reason)),
        ],
        ExcType::BaseExceptionGroup => &[("message", get_message, None), ("exceptions", get_exceptions, None)],
        _ => &[],
    }
}

/// Allocates an object whose class is filled in later (only the first type objects).
fn alloc_nocls<T: crate::object::Payload + crate::object::Trace>(data: T, placeholder: &Value) -> Value {
    alloc_obj(placeholder, data, 0)
}

fn make_immortal(v: &Value) {
    if let Some(h) = v.header() {
        if h.has_flag(flag::TRACKED) {
            crate::runtime::gc_untrack(v.as_ptr());
        }
        h.make_immortal();
    }
}

/// Creates every builtin type object, the singletons and the exception hierarchy. Must run
/// once per thread before any value is created.
pub fn bootstrap() {
    let r = rt();
    // `type` and `object`: allocate `type` with a temporary class (itself, patched below).
    // SAFETY: a zeroed-class object is never dereferenced before the patch.
    let type_t = {
        let layout = Kind::Type.layout();
        let tmp: Value = unsafe {
            let p = std::alloc::alloc_zeroed(layout) as *mut Obj<TypeData>;
            std::ptr::addr_of_mut!((*p).data).write(TypeData::new(Kind::Type, tflag::BASETYPE));
            let h = p as *mut Header;
            (*h).make_immortal();
            std::ptr::write(std::ptr::addr_of_mut!((*h).kind), Kind::Type);
            (*h).gc_index.set(u32::MAX);
            Value::from_owned_ptr(h)
        };
        // A class pointer holds a reference: the type object points at itself.
        if let Some(h) = tmp.header() {
            // SAFETY: the class pointer is null (zeroed memory).
            unsafe { h.init_class(tmp.clone()) };
        }
        tmp
    };
    r.set_ty(BT::Type, &type_t);
    let specs = type_specs();
    let mut values: Vec<(BT, Value)> = vec![(BT::Type, type_t.clone())];
    for s in &specs {
        if s.t == BT::Type {
            continue;
        }
        let mut flags = if s.subclassable { tflag::BASETYPE } else { 0 };
        if s.kind == Kind::Exception {
            flags |= tflag::EXCEPTION;
        }
        let v = alloc_nocls(TypeData::new(s.kind, flags), &type_t);
        make_immortal(&v);
        r.set_ty(s.t, &v);
        values.push((s.t, v));
    }
    if let Some(td) = type_t.downcast::<TypeData>() {
        td.flags.set(tflag::BASETYPE);
    }
    // Singletons.
    let keep = |v: Value| -> *const Header {
        make_immortal(&v);
        v.into_raw() as *const Header
    };
    r.none.set(keep(alloc_obj(&r.ty(BT::NoneType), crate::object::NoneData, 0)));
    r.not_implemented.set(keep(alloc_obj(&r.ty(BT::NotImplementedType), crate::object::NotImplementedData, 0)));
    r.ellipsis.set(keep(alloc_obj(&r.ty(BT::Ellipsis), crate::object::EllipsisData, 0)));
    for (b, cell) in [(true, &r.true_), (false, &r.false_)] {
        let v = alloc_obj(&r.ty(BT::Bool), b, 0);
        make_immortal(&v);
        cell.set(v.into_raw() as *const Header);
    }
    let empty_t = alloc_obj(&r.ty(BT::Tuple), tuple::TupleData { items: Box::new([]) }, 0);
    make_immortal(&empty_t);
    r.empty_tuple.set(empty_t.into_raw() as *const Header);
    let empty_s = alloc_obj(&r.ty(BT::Str), str::StrData::new(""), 0);
    make_immortal(&empty_s);
    r.empty_str.set(empty_s.into_raw() as *const Header);

    // Names, bases, MROs and namespaces.
    let object = r.ty(BT::Object);
    for s in &specs {
        let t = r.ty(s.t);
        fill_type(&t, s.name, s.base.map(|b| r.ty(b)), s.methods, s.getsets);
    }
    let _ = object;

    // Mutable containers are unhashable.
    for t in [BT::List, BT::Dict, BT::Set, BT::ByteArray, BT::Slice, BT::DictKeys, BT::DictItems, BT::MappingProxy] {
        if let Some(d) = tdata(&r.ty(t)).dict().downcast::<DictData>() {
            d.set_str(Value::intern("__hash__"), Value::none());
        }
    }

    // The exception hierarchy.
    let mut exc_ptrs: Vec<*const Header> = Vec::with_capacity(ExcType::ALL.len());
    for &e in ExcType::ALL {
        let v = if e == ExcType::BaseException {
            r.ty(BT::BaseException)
        } else {
            let base_ptr = exc_ptrs[e.base().map(|b| b as usize).unwrap_or(0)];
            // SAFETY: bases precede subclasses in ExcType::ALL.
            let base = unsafe { Value::from_ptr(base_ptr) };
            let v = alloc_obj(&type_t, TypeData::new(Kind::Exception, tflag::BASETYPE | tflag::EXCEPTION), 0);
            make_immortal(&v);
            let methods: &'static [&'static [MethodDef]] = match e {
                ExcType::BaseExceptionGroup => &[exception::EXCEPTION_GROUP_METHODS],
                _ => &[],
            };
            fill_type(&v, e.name(), Some(base), methods, exc_extra_getsets(e));
            if e == ExcType::ExceptionGroup {
                // class ExceptionGroup(BaseExceptionGroup, Exception)
                let exc = unsafe { Value::from_ptr(exc_ptrs[ExcType::Exception as usize]) };
                let beg = unsafe { Value::from_ptr(exc_ptrs[ExcType::BaseExceptionGroup as usize]) };
                let td = tdata(&v);
                td.bases.set(Some(Value::tuple(vec![beg.clone(), exc.clone()])));
                if let Ok(mro) = typeobj::compute_mro(&v, &[beg, exc]) {
                    td.mro.set(Some(Value::tuple(mro)));
                }
            }
            v
        };
        exc_ptrs.push(v.as_ptr());
    }
    // SAFETY: single-threaded init.
    unsafe { *r.exc_types.get() = exc_ptrs };
    for s in &specs {
        typeobj::refresh_slots(&r.ty(s.t));
    }
}

/// Sets a builtin type's name, base, MRO and namespace.
fn fill_type(t: &Value, name: &str, base: Option<Value>, methods: &[&[MethodDef]], getsets: &[(&'static str, Getter, Option<Setter>)]) {
    let td = tdata(t);
    let (module, short) = match name.rsplit_once('.') {
        Some((m, s)) => (m, s),
        None => ("builtins", name),
    };
    td.name.set(Some(Value::intern(short)));
    td.qualname.set(Some(Value::intern(short)));
    let mut mro = vec![t.clone()];
    if let Some(b) = &base {
        mro.extend(tdata(b).mro_values());
        td.bases.set(Some(Value::tuple(vec![b.clone()])));
        td.ext_len.set(tdata(b).ext_len.get());
        if td.flags.get() & tflag::EXCEPTION == 0 && tdata(b).flags.get() & tflag::EXCEPTION != 0 {
            td.flags.set(td.flags.get() | tflag::EXCEPTION);
        }
    } else {
        td.bases.set(Some(Value::tuple(vec![])));
    }
    td.base.set(base);
    td.mro.set(Some(Value::tuple(mro)));
    let d = Value::dict();
    let dd = d.downcast::<DictData>().expect("dict");
    if module != "builtins" {
        dd.set_str(Value::intern("__module__"), Value::intern(module));
    }
    // Builtin docstrings cost bytes in the wasm; only object's, which programs print, is kept.
    let doc = if name == "object" {
        Value::str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")
    } else {
        Value::none()
    };
    dd.set_str(Value::intern("__doc__"), doc);
    for table in methods {
        for m in table.iter() {
            dd.set_str(Value::intern(m.name), make_method(t, *m, short));
        }
    }
    // CPython's messages name the type by tp_name, which carries the module of a module's type.
    let owner = leak_name(if module == "builtins" { short } else { name });
    for (gname, get, set) in getsets {
        dd.set_str(Value::intern(gname), new_getset(gname, owner, t, *get, *set));
    }
    td.dict.set(Some(d));
}

/// Type names live as long as the process (builtin types are immortal).
fn leak_name(s: &str) -> &'static str {
    match Value::intern(s).as_str() {
        // SAFETY: interned strings are immortal.
        Some(x) => unsafe { &*(x as *const str) },
        None => "",
    }
}

/// The descriptor stored in a type dict for a method table row.
pub fn make_method(owner: &Value, m: MethodDef, owner_name: &str) -> Value {
    match m.kind {
        MethodKind::Static => alloc_obj(
            &rt().ty(BT::BuiltinFunction),
            BuiltinData { name: m.name, func: m.func, self_: Some(owner.clone()), pass_self: false, owner: Some(leak_name(owner_name)) },
            0,
        ),
        MethodKind::Method | MethodKind::Class => {
            let t = if m.kind == MethodKind::Class { BT::ClassMethodDescriptor } else { BT::MethodDescriptor };
            alloc_obj(&rt().ty_borrowed(t), MethodDescrData { def: m, owner: owner.as_ptr() }, 0)
        }
    }
}

/// A builtin function (module-level), optionally bound to its module.
pub fn new_builtin_function(name: &'static str, func: builtin::NativeFn, module: Option<Value>) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::BuiltinFunction), BuiltinData { name, func, self_: module, pass_self: false, owner: None }, 0)
}

/// A builtin method bound to `self_`.
pub fn new_bound_builtin(def: &MethodDef, self_: Value, owner: &'static str) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::BuiltinFunction), BuiltinData { name: def.name, func: def.func, self_: Some(self_), pass_self: true, owner: Some(owner) }, 0)
}

/// Defines a native type for a native module (deque, StringIO...): a heap-like subclassable
/// type whose instances are `Kind::Native`.
pub fn new_native_type(name: &str, module: &str, base: Option<Value>, methods: &[&[MethodDef]], getsets: &[(&'static str, Getter, Option<Setter>)], subclassable: bool) -> Value {
    let td = TypeData::new(base.as_ref().map(|b| tdata(b).instance_kind.get()).unwrap_or(Kind::Native), if subclassable { tflag::BASETYPE } else { 0 });
    let t = alloc_obj(&rt().ty_borrowed(BT::Type), td, 0);
    make_immortal(&t);
    let full = format!("{module}.{name}");
    fill_type(&t, &full, Some(base.unwrap_or_else(|| rt().ty(BT::Object))), methods, getsets);
    if tdata(&t).instance_kind.get() == Kind::Object {
        tdata(&t).instance_kind.set(Kind::Native);
    }
    t
}

// ---- getset implementations ---------------------------------------------------------------------

fn none_getter(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::none())
}

fn type_get_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(tdata(v).name.get_value().unwrap_or_else(Value::none))
}
fn type_set_name(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    heap_only(v, "__name__")?;
    let n = n.ok_or_else(|| type_error(format!("cannot delete '__name__' attribute of immutable type '{}'", tdata(v).name_str())))?;
    if n.as_str().is_none() {
        return Err(type_error(format!("can only assign string to {}.__name__, not '{}'", tdata(v).name_str(), typeobj::type_name(&n))));
    }
    tdata(v).name.set(Some(n));
    Ok(())
}
fn type_get_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(tdata(v).qualname.get_value().unwrap_or_else(Value::none))
}
fn type_set_qualname(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    heap_only(v, "__qualname__")?;
    let n = n.ok_or_else(|| type_error(format!("cannot delete '__qualname__' attribute of immutable type '{}'", tdata(v).name_str())))?;
    if n.as_str().is_none() {
        return Err(type_error(format!("can only assign string to {}.__qualname__, not '{}'", tdata(v).name_str(), typeobj::type_name(&n))));
    }
    tdata(v).qualname.set(Some(n));
    Ok(())
}
fn heap_only(v: &Value, what: &str) -> PyResult<()> {
    if tdata(v).flags.get() & tflag::HEAPTYPE == 0 {
        return Err(type_error(format!("cannot set '{what}' attribute of immutable type '{}'", tdata(v).name_str())));
    }
    Ok(())
}
fn type_dict_get(v: &Value, key: &str) -> Option<Value> {
    tdata(v).dict().downcast::<DictData>()?.get_item_str(key)
}
fn type_get_module(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(type_dict_get(v, "__module__").unwrap_or_else(|| Value::intern("builtins")))
}
fn type_set_module(_vm: &mut Vm, v: &Value, m: Option<Value>) -> PyResult<()> {
    heap_only(v, "__module__")?;
    typeobj::type_set_attr(v, &Value::intern("__module__"), m)
}
fn type_get_doc(vm: &mut Vm, v: &Value) -> PyResult {
    match type_dict_get(v, "__doc__") {
        Some(d) => {
            // A descriptor stored as __doc__ (rare) is bound.
            if let Some(get) = typeobj::lookup_str(&d.class(), "__get__") {
                if d.kind() != Kind::Str && d.kind() != Kind::NoneType {
                    return vm.call(&get, &[d.clone(), Value::none(), v.clone()]);
                }
            }
            Ok(d)
        }
        None => Ok(Value::none()),
    }
}
fn type_set_doc(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    heap_only(v, "__doc__")?;
    typeobj::type_set_attr(v, &Value::intern("__doc__"), Some(d.unwrap_or_else(Value::none)))
}
fn type_get_dict(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(alloc_obj(&rt().ty_borrowed(BT::MappingProxy), dict::MappingProxyData { mapping: tdata(v).dict() }, 0))
}
fn type_get_bases(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(tdata(v).bases.get_value().unwrap_or_else(|| Value::tuple(vec![])))
}
fn type_set_bases(_vm: &mut Vm, v: &Value, b: Option<Value>) -> PyResult<()> {
    heap_only(v, "__bases__")?;
    let b = b.ok_or_else(|| type_error("cannot delete '__bases__' attribute"))?;
    let items = b.as_tuple().map(|t| t.to_vec()).ok_or_else(|| type_error("can only assign tuple to __bases__"))?;
    if items.is_empty() {
        return Err(type_error("can only assign non-empty tuple to __bases__"));
    }
    let mro = typeobj::compute_mro(v, &items)?;
    tdata(v).bases.set(Some(b));
    tdata(v).mro.set(Some(Value::tuple(mro)));
    typeobj::unlink_subclass(v.as_ptr());
    typeobj::link_subclass(v, &items);
    typeobj::type_modified(v.as_ptr());
    typeobj::refresh_slots(v);
    Ok(())
}
fn type_get_base(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(tdata(v).base.get_value().unwrap_or_else(Value::none))
}
fn type_get_mro(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(tdata(v).mro.get_value().unwrap_or_else(|| Value::tuple(vec![])))
}
fn type_get_abstract(_vm: &mut Vm, v: &Value) -> PyResult {
    match type_dict_get(v, "__abstractmethods__") {
        Some(a) if v.as_ptr() != rt().ty_ptr(BT::Type) => Ok(a),
        _ => Err(crate::error::attribute_error("__abstractmethods__")),
    }
}
fn type_set_abstract(vm: &mut Vm, v: &Value, a: Option<Value>) -> PyResult<()> {
    typeobj::type_set_attr(v, &Value::intern("__abstractmethods__"), a.clone())?;
    let is_abs = match &a {
        Some(a) => vm.truthy(a)?,
        None => false,
    };
    let f = tdata(v).flags.get();
    tdata(v).flags.set(if is_abs { f | tflag::ABSTRACT } else { f & !tflag::ABSTRACT });
    Ok(())
}
fn type_get_annotations(vm: &mut Vm, v: &Value) -> PyResult {
    if let Some(a) = type_dict_get(v, "__annotations__") {
        return Ok(a);
    }
    if tdata(v).flags.get() & tflag::HEAPTYPE == 0 {
        return Err(crate::error::attribute_error(format!("type object '{}' has no attribute '__annotations__'", tdata(v).name_str())));
    }
    let d = Value::dict();
    typeobj::type_set_attr(v, &Value::intern("__annotations__"), Some(d.clone()))?;
    let _ = vm;
    Ok(d)
}
fn type_set_annotations(_vm: &mut Vm, v: &Value, a: Option<Value>) -> PyResult<()> {
    heap_only(v, "__annotations__")?;
    typeobj::type_set_attr(v, &Value::intern("__annotations__"), a)
}

fn num_real(_vm: &mut Vm, v: &Value) -> PyResult {
    if let Some(f) = v.as_float() {
        return Ok(Value::float(f));
    }
    Ok(v.as_int().map(|i| match i {
        int::IntRef::Small(x) => Value::int(x),
        int::IntRef::Big(b) => Value::from_bigint(b.clone()),
    }).unwrap_or_else(Value::none))
}
fn num_zero(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::int(0))
}
fn num_one(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::int(1))
}
fn float_imag(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::float(0.0))
}
fn complex_real(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(v.downcast::<complex::ComplexData>().map(|c| c.re).unwrap_or(0.0)))
}
fn complex_imag(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::float(v.downcast::<complex::ComplexData>().map(|c| c.im).unwrap_or(0.0)))
}
fn range_start(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<range::RangeData>().map(|r| Value::from_bigint(r.bounds().start.clone())).unwrap_or_else(Value::none))
}
fn range_stop(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<range::RangeData>().map(|r| Value::from_bigint(r.bounds().stop.clone())).unwrap_or_else(Value::none))
}
fn range_step(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<range::RangeData>().map(|r| Value::from_bigint(r.bounds().step.clone())).unwrap_or_else(Value::none))
}
fn slice_start(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<slice::SliceData>().map(|s| s.start.clone()).unwrap_or_else(Value::none))
}
fn slice_stop(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<slice::SliceData>().map(|s| s.stop.clone()).unwrap_or_else(Value::none))
}
fn slice_step(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<slice::SliceData>().map(|s| s.step.clone()).unwrap_or_else(Value::none))
}

fn fdata(v: &Value) -> PyResult<&function::FunctionData> {
    v.downcast::<function::FunctionData>().ok_or_else(|| type_error("expected a function"))
}
fn fn_get_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.name.get_value().unwrap_or_else(Value::none))
}
fn fn_set_name(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|n| n.as_str().is_some()).ok_or_else(|| type_error("__name__ must be set to a string object"))?;
    fdata(v)?.name.set(Some(n));
    Ok(())
}
fn fn_get_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.qualname.get_value().unwrap_or_else(Value::none))
}
fn fn_set_qualname(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|n| n.as_str().is_some()).ok_or_else(|| type_error("__qualname__ must be set to a string object"))?;
    fdata(v)?.qualname.set(Some(n));
    Ok(())
}
fn fn_get_doc(vm: &mut Vm, v: &Value) -> PyResult {
    let f = fdata(v)?;
    if f.doc_in_body.get() {
        let stub = f.doc.get_value().unwrap_or_else(Value::none);
        let doc = crate::types::code::with_body(vm, &stub, |b| b.consts.first().cloned())?;
        f.doc.set(doc);
        f.doc_in_body.set(false);
    }
    Ok(f.doc.get_value().unwrap_or_else(Value::none))
}
fn fn_set_doc(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    fdata(v)?.doc_in_body.set(false);
    fdata(v)?.doc.set(d);
    Ok(())
}
fn fn_get_defaults(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.defaults.get_value().unwrap_or_else(Value::none))
}
fn fn_set_defaults(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    let d = d.filter(|d| d.kind() != Kind::NoneType);
    if let Some(x) = &d {
        if x.as_tuple().is_none() {
            return Err(type_error("__defaults__ must be set to a tuple object"));
        }
    }
    fdata(v)?.defaults.set(d);
    Ok(())
}
fn fn_get_kwdefaults(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.kwdefaults.get_value().unwrap_or_else(Value::none))
}
fn fn_set_kwdefaults(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    let d = d.filter(|d| d.kind() != Kind::NoneType);
    if let Some(x) = &d {
        if x.kind() != Kind::Dict {
            return Err(type_error("__kwdefaults__ must be set to a dict object"));
        }
    }
    fdata(v)?.kwdefaults.set(d);
    Ok(())
}
fn fn_get_code(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.code.get_value().unwrap_or_else(Value::none))
}
fn fn_set_code(vm: &mut Vm, v: &Value, c: Option<Value>) -> PyResult<()> {
    let c = c.filter(|c| c.kind() == Kind::Code).ok_or_else(|| type_error("__code__ must be set to a code object"))?;
    let f = fdata(v)?;
    // Free variables are counted on bodies (a stub lists its arguments only).
    let nfree_new = code::with_body(vm, &c, |d| d.nfree)?;
    let nfree_old = code::with_body(vm, &f.code_value().clone(), |d| d.nfree)?;
    if nfree_new != nfree_old {
        return Err(crate::error::value_error(format!(
            "{}() requires a code object with {nfree_old} free vars, not {nfree_new}",
            f.name.get_value().and_then(|n| n.as_str().map(|s| s.to_owned())).unwrap_or_default()
        )));
    }
    f.code.set(Some(c));
    Ok(())
}
fn fn_get_globals(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.globals.clone())
}
fn fn_get_builtins(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.builtins.clone())
}
fn fn_get_closure(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.closure.clone().unwrap_or_else(Value::none))
}
fn fn_get_annotations(_vm: &mut Vm, v: &Value) -> PyResult {
    let f = fdata(v)?;
    if let Some(a) = f.annotations.get_value() {
        return Ok(a);
    }
    let d = Value::dict();
    f.annotations.set(Some(d.clone()));
    Ok(d)
}
fn fn_set_annotations(_vm: &mut Vm, v: &Value, a: Option<Value>) -> PyResult<()> {
    let a = a.filter(|a| a.kind() != Kind::NoneType);
    if a.as_ref().is_some_and(|a| a.downcast::<DictData>().is_none()) {
        return Err(type_error("__annotations__ must be set to a dict object"));
    }
    fdata(v)?.annotations.set(a);
    Ok(())
}
fn fn_get_module(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.module.get_value().unwrap_or_else(Value::none))
}
fn fn_set_module(_vm: &mut Vm, v: &Value, m: Option<Value>) -> PyResult<()> {
    fdata(v)?.module.set(m);
    Ok(())
}

fn cdata(v: &Value) -> PyResult<&code::CodeData> {
    v.downcast::<code::CodeData>().ok_or_else(|| type_error("expected a code object"))
}
fn names_of_kind(c: &code::CodeData, kind: u8, exclude: u8) -> Value {
    let mut out = Vec::new();
    for (n, k) in c.varnames.iter().zip(&c.code.localsplus_kinds) {
        if k & kind != 0 && k & exclude == 0 {
            out.push(n.clone());
        }
    }
    Value::tuple(out)
}
fn co_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(cdata(v)?.name.clone())
}
fn co_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(cdata(v)?.qualname.clone())
}
fn co_filename(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(cdata(v)?.filename.clone())
}
fn co_firstlineno(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(cdata(v)?.code.firstlineno as i64))
}
fn co_argcount(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(cdata(v)?.code.argcount as i64))
}
fn co_posonlyargcount(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(cdata(v)?.code.posonlyargcount as i64))
}
fn co_kwonlyargcount(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(cdata(v)?.code.kwonlyargcount as i64))
}
// A stub keeps its arguments' names only: the other locals come with its body.
fn co_nlocals(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| Value::int(c.code.localsplus_kinds.iter().filter(|k| **k & pygmy_bytecode::code::local_kind::LOCAL != 0).count() as i64))
}
fn co_varnames(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| names_of_kind(c, pygmy_bytecode::code::local_kind::LOCAL, 0))
}
fn co_cellvars(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| names_of_kind(c, pygmy_bytecode::code::local_kind::CELL, 0))
}
fn co_freevars(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| names_of_kind(c, pygmy_bytecode::code::local_kind::FREE, 0))
}
fn co_names(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| Value::tuple(c.names.to_vec()))
}
fn co_consts(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| Value::tuple(c.consts.to_vec()))
}
fn co_flags(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int((cdata(v)?.code.flags & 0xffff) as i64))
}
fn co_stacksize(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| Value::int(c.code.stacksize as i64))
}
fn co_code(vm: &mut Vm, v: &Value) -> PyResult {
    code::with_body(vm, v, |c| Value::bytes(c.code.code.iter().flat_map(|w| w.to_le_bytes()).collect()))
}

fn cell_get(_vm: &mut Vm, v: &Value) -> PyResult {
    v.downcast::<function::CellData>().and_then(|c| c.get()).ok_or_else(|| crate::error::value_error("Cell is empty"))
}
fn cell_set(_vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    if let Some(c) = v.downcast::<function::CellData>() {
        c.set(x);
    }
    Ok(())
}
fn module_get_dict(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(module::module_dict(v).unwrap_or_else(Value::none))
}

fn bf(v: &Value) -> PyResult<&BuiltinData> {
    v.downcast::<BuiltinData>().ok_or_else(|| type_error("expected a builtin function"))
}
fn bf_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::intern(bf(v)?.name))
}
fn bf_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
    let b = bf(v)?;
    Ok(match b.owner {
        Some(o) => Value::string(format!("{o}.{}", b.name)),
        None => Value::intern(b.name),
    })
}
fn bf_self(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(bf(v)?.self_.clone().unwrap_or_else(Value::none))
}
fn bf_module(vm: &mut Vm, v: &Value) -> PyResult {
    let b = bf(v)?;
    match (&b.self_, b.owner) {
        (Some(m), None) if m.kind() == Kind::Module => vm.getattr(m, &Value::intern("__name__")),
        (None, None) => Ok(Value::intern("builtins")),
        _ => Ok(Value::none()),
    }
}
fn md(v: &Value) -> PyResult<&MethodDescrData> {
    v.downcast::<MethodDescrData>().ok_or_else(|| type_error("expected a method descriptor"))
}
fn md_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::intern(md(v)?.def.name))
}
fn md_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
    let d = md(v)?;
    Ok(Value::string(format!("{}.{}", typeobj::tdata_ptr(d.owner).name_str(), d.def.name)))
}
fn md_objclass(_vm: &mut Vm, v: &Value) -> PyResult {
    // SAFETY: owners are immortal builtin types or kept alive by their module.
    Ok(unsafe { Value::from_ptr(md(v)?.owner) })
}
fn bm(v: &Value) -> PyResult<&function::BoundMethodData> {
    v.downcast::<function::BoundMethodData>().ok_or_else(|| type_error("expected a method"))
}
fn m_func(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(bm(v)?.func.clone())
}
fn m_self(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(bm(v)?.self_.clone())
}
fn m_name(vm: &mut Vm, v: &Value) -> PyResult {
    let f = bm(v)?.func.clone();
    vm.getattr(&f, &Value::intern("__name__"))
}
fn m_qualname(vm: &mut Vm, v: &Value) -> PyResult {
    let f = bm(v)?.func.clone();
    vm.getattr(&f, &Value::intern("__qualname__"))
}
fn m_doc(vm: &mut Vm, v: &Value) -> PyResult {
    let f = bm(v)?.func.clone();
    vm.getattr(&f, &Value::intern("__doc__"))
}
fn m_module(vm: &mut Vm, v: &Value) -> PyResult {
    let f = bm(v)?.func.clone();
    vm.getattr(&f, &Value::intern("__module__"))
}
fn property_isabstract(vm: &mut Vm, v: &Value) -> PyResult {
    let p = v.downcast::<descr::PropertyData>().ok_or_else(|| type_error("expected a property"))?;
    for f in [p.fget.get_value(), p.fset.get_value(), p.fdel.get_value()].into_iter().flatten() {
        if let Some(x) = vm.getattr_opt(&f, &Value::intern("__isabstractmethod__"))? {
            if vm.truthy(&x)? {
                return Ok(Value::bool(true));
            }
        }
    }
    Ok(Value::bool(false))
}
fn sd(v: &Value) -> PyResult<&descr::SuperData> {
    v.downcast::<descr::SuperData>().ok_or_else(|| type_error("expected super"))
}
fn super_thisclass(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(sd(v)?.type_.clone())
}
fn super_self(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(sd(v)?.obj.clone().unwrap_or_else(Value::none))
}
fn super_self_class(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(sd(v)?.obj_type.clone().unwrap_or_else(Value::none))
}
fn view_mapping(_vm: &mut Vm, v: &Value) -> PyResult {
    let d = v.downcast::<dict::DictViewData>().map(|d| d.dict.clone()).unwrap_or_else(Value::none);
    Ok(alloc_obj(&rt().ty_borrowed(BT::MappingProxy), dict::MappingProxyData { mapping: d }, 0))
}
fn weakref_callback(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<weakref::WeakRefData>().and_then(|w| w.callback.get_value()).unwrap_or_else(Value::none))
}

// ---- builtin function / method descriptor methods ------------------------------------------------

const BUILTIN_METHODS: &[MethodDef] = &[
    builtin::method("__repr__", bf_repr),
    builtin::method("__reduce__", bf_reduce),
    builtin::method("__eq__", bf_eq),
    builtin::method("__ne__", bf_ne),
    builtin::method("__hash__", bf_hash),
];

/// Builtin methods are equal when they wrap the same function bound to the same object.
fn bf_same(args: &Args) -> PyResult<Option<bool>> {
    let pos = args.check_method("__eq__", 1, 1)?;
    let (Ok(a), Some(b)) = (bf(&pos[0]), pos[1].downcast::<BuiltinData>()) else { return Ok(None) };
    let same_self = match (&a.self_, &b.self_) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    Ok(Some(same_self && a.func as usize == b.func as usize && a.name == b.name))
}
fn bf_eq(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(bf_same(&args)?.map(Value::bool).unwrap_or_else(Value::not_implemented))
}
fn bf_ne(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(bf_same(&args)?.map(|s| Value::bool(!s)).unwrap_or_else(Value::not_implemented))
}
fn bf_hash(_vm: &mut Vm, args: Args) -> PyResult {
    // Identity of self combined with the function, as CPython's meth_hash.
    let b = bf(args.self_())?;
    let s = b.self_.as_ref().map(|s| s.bits() as i64).unwrap_or(0);
    let h = (s >> 4) ^ (b.func as usize as i64);
    Ok(Value::int(if h == -1 { -2 } else { h }))
}
const DESCR_METHODS: &[MethodDef] = &[builtin::method("__get__", md_get), builtin::method("__repr__", md_repr)];

fn bf_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bf(args.self_())?;
    Ok(Value::string(match (&b.self_, b.pass_self, b.owner) {
        (Some(s), true, _) if s.kind() != Kind::Module => {
            format!("<built-in method {} of {} object at {:#x}>", b.name, typeobj::type_name(s), s.bits())
        }
        (Some(s), false, Some(_)) if s.kind() == Kind::Type => {
            format!("<built-in method {} of type object at {:#x}>", b.name, s.bits())
        }
        _ => format!("<built-in function {}>", b.name),
    }))
}

fn bf_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::intern(bf(args.self_())?.name))
}

fn md_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__get__", 1, 2)?;
    let d = md(&pos[0])?;
    let owner_name = typeobj::tdata_ptr(d.owner).name_str();
    let _ = vm;
    if d.def.kind == MethodKind::Class {
        let cls = match pos.get(2) {
            Some(c) if c.kind() != Kind::NoneType => c.clone(),
            _ => pos[1].class(),
        };
        return Ok(new_bound_builtin(&d.def, cls, leak_name(&owner_name)));
    }
    if pos[1].kind() == Kind::NoneType {
        return Ok(pos[0].clone());
    }
    if !typeobj::is_subtype_ptr(pos[1].class_ptr(), d.owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{owner_name}' objects doesn't apply to a '{}' object",
            d.def.name,
            typeobj::type_name(&pos[1])
        )));
    }
    Ok(new_bound_builtin(&d.def, pos[1].clone(), leak_name(&owner_name)))
}

fn md_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let d = md(args.self_())?;
    Ok(Value::string(format!("<method '{}' of '{}' objects>", d.def.name, typeobj::tdata_ptr(d.owner).name_str())))
}

// ---- GenericAlias / UnionType ---------------------------------------------------------------

/// `cls.__class_getitem__(item)` for builtin generics: `list[int]`.
pub fn generic_alias_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__class_getitem__", 1, 1)?;
    let a = if pos[1].as_tuple().is_some() { pos[1].clone() } else { Value::tuple(vec![pos[1].clone()]) };
    Ok(alloc_obj(&rt().ty_borrowed(BT::GenericAlias), GenericAliasData { origin: pos[0].clone(), args: a, is_union: false, starred: false }, 0))
}

const GENERIC_ALIAS_METHODS: &[MethodDef] = &[
    builtin::staticmethod("__new__", ga_new),
    builtin::method("__repr__", ga_repr),
    builtin::method("__call__", ga_call),
    builtin::method("__eq__", ga_eq),
    builtin::method("__hash__", ga_hash),
    builtin::method("__getattr__", ga_getattr),
    builtin::method("__or__", ga_or),
    builtin::method("__ror__", ga_ror),
    builtin::method("__mro_entries__", ga_mro_entries),
    builtin::method("__instancecheck__", ga_instancecheck),
    builtin::method("__subclasscheck__", ga_instancecheck),
    builtin::method("__getitem__", ga_subst::ga_getitem),
    builtin::method("__iter__", ga_subst::ga_iter),
];
const UNION_METHODS: &[MethodDef] = &[
    builtin::method("__repr__", ga_repr),
    builtin::method("__eq__", ga_eq),
    builtin::method("__hash__", ga_hash),
    builtin::method("__or__", ga_or),
    builtin::method("__ror__", ga_ror),
    builtin::method("__instancecheck__", union_instancecheck),
    builtin::method("__subclasscheck__", union_subclasscheck),
];

fn ga(v: &Value) -> PyResult<&GenericAliasData> {
    v.downcast::<GenericAliasData>().ok_or_else(|| type_error("expected a generic alias"))
}

fn ga_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("GenericAlias", 2, 2)?;
    let a = if pos[2].as_tuple().is_some() { pos[2].clone() } else { Value::tuple(vec![pos[2].clone()]) };
    Ok(alloc_obj(&pos[0], GenericAliasData { origin: pos[1].clone(), args: a, is_union: false, starred: false }, 0))
}

/// repr of a type argument inside `list[...]`, as CPython's ga_repr_item.
fn ga_item_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.kind() == Kind::Ellipsis {
        return Ok("...".into());
    }
    if v.kind() == Kind::Type {
        let m = typeobj::type_module(v).unwrap_or_default();
        let q = typeobj::type_qualname(v);
        return Ok(if m == "builtins" { q } else { format!("{m}.{q}") });
    }
    if let Some(l) = v.as_list() {
        let items = l.snapshot();
        let mut parts = Vec::new();
        for i in &items {
            parts.push(ga_item_repr(vm, i)?);
        }
        return Ok(format!("[{}]", parts.join(", ")));
    }
    vm.repr_string(v)
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult {
    let g = ga(args.self_())?;
    let items = g.args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::new();
    for i in &items {
        parts.push(if g.is_union && i.as_ptr() == rt().ty_ptr(BT::NoneType) { "None".to_owned() } else { ga_item_repr(vm, i)? });
    }
    if g.is_union {
        return Ok(Value::string(parts.join(" | ")));
    }
    let origin = ga_item_repr(vm, &g.origin)?;
    let star = if g.starred { "*" } else { "" };
    Ok(Value::string(format!("{star}{origin}[{}]", if parts.is_empty() { "()".into() } else { parts.join(", ") })))
}

fn ga_call(vm: &mut Vm, args: Args) -> PyResult {
    let g = ga(args.self_())?;
    let origin = g.origin.clone();
    let r = vm.call_args(&origin, Args { all: &args.all[1..], kwnames: args.kwnames })?;
    let _ = vm.setattr(&r, &Value::intern("__orig_class__"), args.self_());
    Ok(r)
}

fn ga_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    let (Some(a), Some(b)) = (pos[0].downcast::<GenericAliasData>(), pos[1].downcast::<GenericAliasData>()) else {
        return Ok(Value::not_implemented());
    };
    if a.is_union != b.is_union || a.starred != b.starred {
        return Ok(Value::bool(false));
    }
    if a.is_union {
        let x = crate::types::set::frozenset_from(vm, &a.args)?;
        let y = crate::types::set::frozenset_from(vm, &b.args)?;
        return Ok(Value::bool(vm.eq(&x, &y)?));
    }
    Ok(Value::bool(vm.eq(&a.origin, &b.origin)? && vm.eq(&a.args, &b.args)?))
}

fn ga_hash(vm: &mut Vm, args: Args) -> PyResult {
    let g = ga(args.self_())?;
    let h = vm.hash(&g.origin)? ^ vm.hash(&g.args)?;
    Ok(Value::int(h))
}

fn ga_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getattr__", 1, 1)?;
    let g = ga(&pos[0])?;
    let name = pos[1].as_str().unwrap_or("");
    if name.starts_with("__") && name.ends_with("__") && !matches!(name, "__name__" | "__qualname__" | "__module__" | "__doc__") {
        return Err(crate::error::attribute_error(format!("'types.GenericAlias' object has no attribute '{name}'")));
    }
    let origin = g.origin.clone();
    vm.getattr(&origin, &pos[1])
}

fn ga_or(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__or__", 1, 1)?;
    typeobj::make_union(vm, &pos[0], &pos[1])
}

fn ga_ror(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ror__", 1, 1)?;
    typeobj::make_union(vm, &pos[1], &pos[0])
}

fn ga_mro_entries(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::tuple(vec![ga(args.self_())?.origin.clone()]))
}

fn ga_instancecheck(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn union_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__instancecheck__", 1, 1)?;
    let g = ga(&pos[0])?;
    for t in g.args.as_tuple().map(|t| t.to_vec()).unwrap_or_default() {
        if vm.isinstance(&pos[1], &t)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn union_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__subclasscheck__", 1, 1)?;
    let g = ga(&pos[0])?;
    for t in g.args.as_tuple().map(|t| t.to_vec()).unwrap_or_default() {
        if vm.issubclass(&pos[1], &t)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn ga_origin(_vm: &mut Vm, v: &Value) -> PyResult {
    let g = ga(v)?;
    Ok(if g.is_union { rt().ty(BT::UnionType) } else { g.origin.clone() })
}
fn ga_args(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(ga(v)?.args.clone())
}

#[allow(dead_code)]
fn _cellref(c: &Cell<Option<Value>>) -> Option<Value> {
    c.get_value()
}
