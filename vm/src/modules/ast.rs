//! The `_ast` module: CPython 3.11's AST node classes (`ast.AST` and every abstract and
//! concrete node type of `Parser/Python.asdl`), built at import from the compact grammar table
//! [`ASDL`] rather than from one definition per class, with CPython's `_fields`,
//! `__match_args__`, `_attributes`, `None` defaults of optional fields, docstrings and
//! constructor (`ast_type_init`). Also the decoder of the compiler's AST blob (`ast.parse`).

use crate::error::{type_error, PyResult};
use crate::modules::support::{new_module, set_attr};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, Args, MethodDef};
use crate::types::dict::DictData;
use crate::types::typeobj::{new_class, tdata, type_set_attr};
use crate::value::Value;
use crate::vm::Vm;

/// CPython 3.11's `Parser/Python.asdl`, one type per line. `name=A(fields)|B|…` is a sum
/// type and its constructors, `name(fields)` a product type. A `@` after the name gives the
/// type the position attributes `lineno, col_offset, end_lineno?, end_col_offset?`; `#`
/// gives them with required ends (patterns). A field is `type name`, with `?` (optional,
/// the class attribute defaults to None) or `*` (a list) after the type.
const ASDL: &str = "\
mod=Module(stmt* body,type_ignore* type_ignores)|Interactive(stmt* body)|Expression(expr body)|FunctionType(expr* argtypes,expr returns)
stmt@=FunctionDef(identifier name,arguments args,stmt* body,expr* decorator_list,expr? returns,string? type_comment)\
|AsyncFunctionDef(identifier name,arguments args,stmt* body,expr* decorator_list,expr? returns,string? type_comment)\
|ClassDef(identifier name,expr* bases,keyword* keywords,stmt* body,expr* decorator_list)|Return(expr? value)\
|Delete(expr* targets)|Assign(expr* targets,expr value,string? type_comment)|AugAssign(expr target,operator op,expr value)\
|AnnAssign(expr target,expr annotation,expr? value,int simple)\
|For(expr target,expr iter,stmt* body,stmt* orelse,string? type_comment)\
|AsyncFor(expr target,expr iter,stmt* body,stmt* orelse,string? type_comment)\
|While(expr test,stmt* body,stmt* orelse)|If(expr test,stmt* body,stmt* orelse)\
|With(withitem* items,stmt* body,string? type_comment)|AsyncWith(withitem* items,stmt* body,string? type_comment)\
|Match(expr subject,match_case* cases)|Raise(expr? exc,expr? cause)\
|Try(stmt* body,excepthandler* handlers,stmt* orelse,stmt* finalbody)\
|TryStar(stmt* body,excepthandler* handlers,stmt* orelse,stmt* finalbody)|Assert(expr test,expr? msg)\
|Import(alias* names)|ImportFrom(identifier? module,alias* names,int? level)|Global(identifier* names)\
|Nonlocal(identifier* names)|Expr(expr value)|Pass|Break|Continue
expr@=BoolOp(boolop op,expr* values)|NamedExpr(expr target,expr value)|BinOp(expr left,operator op,expr right)\
|UnaryOp(unaryop op,expr operand)|Lambda(arguments args,expr body)|IfExp(expr test,expr body,expr orelse)\
|Dict(expr* keys,expr* values)|Set(expr* elts)|ListComp(expr elt,comprehension* generators)\
|SetComp(expr elt,comprehension* generators)|DictComp(expr key,expr value,comprehension* generators)\
|GeneratorExp(expr elt,comprehension* generators)|Await(expr value)|Yield(expr? value)|YieldFrom(expr value)\
|Compare(expr left,cmpop* ops,expr* comparators)|Call(expr func,expr* args,keyword* keywords)\
|FormattedValue(expr value,int conversion,expr? format_spec)|JoinedStr(expr* values)\
|Constant(constant value,string? kind)|Attribute(expr value,identifier attr,expr_context ctx)\
|Subscript(expr value,expr slice,expr_context ctx)|Starred(expr value,expr_context ctx)\
|Name(identifier id,expr_context ctx)|List(expr* elts,expr_context ctx)|Tuple(expr* elts,expr_context ctx)\
|Slice(expr? lower,expr? upper,expr? step)
expr_context=Load|Store|Del
boolop=And|Or
operator=Add|Sub|Mult|MatMult|Div|Mod|Pow|LShift|RShift|BitOr|BitXor|BitAnd|FloorDiv
unaryop=Invert|Not|UAdd|USub
cmpop=Eq|NotEq|Lt|LtE|Gt|GtE|Is|IsNot|In|NotIn
comprehension(expr target,expr iter,expr* ifs,int is_async)
excepthandler@=ExceptHandler(expr? type,identifier? name,stmt* body)
arguments(arg* posonlyargs,arg* args,arg? vararg,arg* kwonlyargs,expr* kw_defaults,arg? kwarg,expr* defaults)
arg@(identifier arg,expr? annotation,string? type_comment)
keyword@(identifier? arg,expr value)
alias@(identifier name,identifier? asname)
withitem(expr context_expr,expr? optional_vars)
match_case(pattern pattern,expr? guard,stmt* body)
pattern#=MatchValue(expr value)|MatchSingleton(constant value)|MatchSequence(pattern* patterns)\
|MatchMapping(expr* keys,pattern* patterns,identifier? rest)\
|MatchClass(expr cls,pattern* patterns,identifier* kwd_attrs,pattern* kwd_patterns)|MatchStar(identifier? name)\
|MatchAs(pattern? pattern,identifier? name)|MatchOr(pattern* patterns)
type_ignore=TypeIgnore(int lineno,string tag)";

const AST_METHODS: &[MethodDef] = &[method("__init__", ast_init), method("__reduce__", ast_reduce)];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_ast", &[]);
    for (name, flag) in [("PyCF_ONLY_AST", 0x400), ("PyCF_TYPE_COMMENTS", 0x1000), ("PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000)] {
        set_attr(&m, name, Value::int(flag));
    }
    let ast = make_class(vm, "AST", &rt().ty(BT::Object), &[], None)?;
    // The descriptors point at their owner type, so it must outlive them.
    if let Some(h) = ast.header() {
        h.make_immortal();
    }
    for def in AST_METHODS {
        type_set_attr(&ast, &Value::intern(def.name), Some(crate::types::make_method(&ast, *def, "AST")))?;
    }
    set_attr_cls(&ast, "_attributes", Value::tuple(vec![]));
    set_attr(&m, "AST", ast.clone());
    for line in ASDL.lines() {
        let (head, sum) = match line.split_once('=') {
            Some((h, s)) => (h, Some(s)),
            None => (line.split_once('(').map_or(line, |(h, _)| h), None),
        };
        let name = head.trim_end_matches(['@', '#']);
        let attrs: &[&str] = if head.len() > name.len() { &["lineno", "col_offset", "end_lineno", "end_col_offset"] } else { &[] };
        let optional_ends = head.ends_with('@');
        let (doc, fields) = match sum {
            Some(sum) => (sum_doc(name, sum), ""),
            None => {
                let fields = &line[head.len()..];
                (format!("{name}{}", fields.replace(',', ", ")), fields.trim_start_matches('(').trim_end_matches(')'))
            }
        };
        let base = make_class(vm, name, &ast, &field_list(fields), Some(&doc))?;
        set_attr_cls(&base, "_attributes", Value::tuple(attrs.iter().map(|a| Value::intern(a)).collect()));
        if optional_ends {
            set_attr_cls(&base, "end_lineno", Value::none());
            set_attr_cls(&base, "end_col_offset", Value::none());
        }
        set_attr(&m, name, base.clone());
        for ctor in sum.map(|s| s.split('|')).into_iter().flatten() {
            let (cname, fields) = match ctor.split_once('(') {
                Some((n, f)) => (n, f.trim_end_matches(')')),
                None => (ctor, ""),
            };
            let c = make_class(vm, cname, &base, &field_list(fields), Some(&ctor.replace(',', ", ")))?;
            set_attr(&m, cname, c);
        }
    }
    Ok(m)
}

/// The names of `fields` (`"expr? value,int simple"`), each with whether it is optional.
fn field_list(fields: &str) -> Vec<(&str, bool)> {
    fields.split(',').filter_map(|f| f.split_once(' ')).map(|(ty, n)| (n, ty.ends_with('?'))).collect()
}

/// A sum type's docstring: `"operator = Add | Sub | …"` on one line when no constructor has
/// fields, else one constructor per line under the first.
fn sum_doc(name: &str, sum: &str) -> String {
    let sep = if sum.contains('(') { format!("\n{:w$}| ", "", w = name.len() + 1) } else { " | ".into() };
    format!("{name} = {}", sum.split('|').collect::<Vec<_>>().join(&sep).replace(',', ", "))
}

/// `type(name, (base,), {'_fields': …, '__match_args__': …, '__module__': 'ast', '__doc__':
/// doc})`, then None for each optional field, as CPython's `make_type`.
fn make_class(vm: &mut Vm, name: &str, base: &Value, fields: &[(&str, bool)], doc: Option<&str>) -> PyResult {
    let ns = Value::dict();
    let names = Value::tuple(fields.iter().map(|(n, _)| Value::intern(n)).collect());
    if let Some(d) = ns.downcast::<DictData>() {
        d.set_str(Value::intern("_fields"), names.clone());
        d.set_str(Value::intern("__match_args__"), names);
        d.set_str(Value::intern("__module__"), Value::intern("ast"));
        d.set_str(Value::intern("__doc__"), doc.map_or_else(Value::none, Value::str));
    }
    let c = new_class(vm, &rt().ty(BT::Type), &Value::intern(name), std::slice::from_ref(base), &ns, &[])?;
    for (n, _) in fields.iter().filter(|(_, opt)| *opt) {
        set_attr_cls(&c, n, Value::none());
    }
    Ok(c)
}

/// Sets a class attribute.
fn set_attr_cls(c: &Value, name: &str, v: Value) {
    let _ = type_set_attr(c, &Value::intern(name), Some(v));
}

/// `AST.__init__`: positional arguments fill `_fields` in order, keywords set attributes.
fn ast_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_().clone();
    let pos = &args.pos()[1..];
    let cls = this.class();
    let fields = match vm.getattr_opt(&cls, &Value::intern("_fields"))? {
        Some(f) => vm.collect_iter(&f)?,
        None => Vec::new(),
    };
    let tname = tdata(&cls).name_str();
    if pos.len() > fields.len() {
        let n = fields.len();
        return Err(type_error(format!("{tname} constructor takes at most {n} positional argument{}", if n == 1 { "" } else { "s" })));
    }
    for (name, v) in fields.iter().zip(pos) {
        vm.setattr(&this, name, v)?;
    }
    for (k, v) in args.kwargs() {
        for (i, f) in fields.iter().enumerate() {
            if vm.eq(f, k)? {
                if i < pos.len() {
                    return Err(type_error(format!("{tname} got multiple values for argument '{}'", vm.str_string(k)?)));
                }
                break;
            }
        }
        vm.setattr(&this, k, v)?;
    }
    Ok(Value::none())
}

/// `AST.__reduce__`: `(type(self), (), self.__dict__)`.
fn ast_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_();
    let mut r = vec![this.class(), Value::tuple(vec![])];
    if let Some(d) = vm.getattr_opt(this, &Value::intern("__dict__"))? {
        r.push(d);
    }
    Ok(Value::tuple(r))
}

// ---- the compiler's AST blob → Python objects ------------------------------------------------

thread_local! {
    /// The shared instances of field-less nodes (`Load()`, `Add()`…) that CPython's parser
    /// puts everywhere, by class name; immortal.
    static SINGLETONS: std::cell::RefCell<Vec<(String, *const crate::object::Header)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Rebuilds the tree of `ast` nodes from the blob `pygmy_compiler::parse_ast` writes (its
/// format is described in compiler/src/ast_export.rs).
pub fn decode(vm: &mut Vm, blob: &[u8]) -> PyResult {
    let m = vm.import_module("_ast")?;
    let ns = crate::types::module::module_dict(&m).ok_or_else(|| type_error("_ast has no namespace"))?;
    let attrs = ["lineno", "col_offset", "end_lineno", "end_col_offset"].map(Value::intern);
    Decoder { data: blob, pos: 0, ns, attrs }.value(vm, 0)
}

struct Decoder<'a> {
    data: &'a [u8],
    pos: usize,
    ns: Value,
    attrs: [Value; 4],
}

fn corrupt() -> crate::error::PyErr {
    crate::error::PyErr::new(crate::error::ExcType::SystemError, "corrupt AST from the compiler")
}

impl Decoder<'_> {
    fn byte(&mut self) -> PyResult<u8> {
        let b = *self.data.get(self.pos).ok_or_else(corrupt)?;
        self.pos += 1;
        Ok(b)
    }
    fn take(&mut self, n: usize) -> PyResult<&[u8]> {
        let s = self.data.get(self.pos..self.pos + n).ok_or_else(corrupt)?;
        self.pos += n;
        Ok(s)
    }
    fn varint(&mut self) -> PyResult<u64> {
        let (mut v, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift.min(63);
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }
    fn f64(&mut self) -> PyResult<f64> {
        Ok(f64::from_le_bytes(self.take(8)?.try_into().map_err(|_| corrupt())?))
    }
    fn text(&mut self) -> PyResult<String> {
        let n = self.varint()? as usize;
        Ok(String::from_utf8_lossy(self.take(n)?).into_owned())
    }
    fn class(&mut self) -> PyResult<(String, Value)> {
        let n = self.byte()? as usize;
        let name = String::from_utf8_lossy(self.take(n)?).into_owned();
        let cls = self.ns.downcast::<DictData>().and_then(|d| d.get_item_str(&name)).ok_or_else(corrupt)?;
        Ok((name, cls))
    }

    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult {
        if depth > 5000 {
            return Err(crate::error::PyErr::new(crate::error::ExcType::RecursionError, "maximum recursion depth exceeded during ast construction"));
        }
        Ok(match self.byte()? {
            b'N' => {
                let (_, cls) = self.class()?;
                let nfields = self.byte()? as usize;
                let loc = if self.byte()? == 1 { Some([self.varint()?, self.varint()?, self.varint()?, self.varint()?]) } else { None };
                let node = crate::types::typeobj::alloc_instance(&cls, ());
                let d = vm.instance_dict_create(&node).ok_or_else(corrupt)?;
                let dd = d.downcast::<DictData>().ok_or_else(corrupt)?;
                let fields = crate::types::typeobj::lookup_str(&cls, "_fields").ok_or_else(corrupt)?;
                let names = fields.as_tuple().ok_or_else(corrupt)?.to_vec();
                if names.len() != nfields {
                    return Err(corrupt());
                }
                for name in names {
                    let v = self.value(vm, depth + 1)?;
                    dd.set_str(name, v);
                }
                for (name, v) in self.attrs.iter().zip(loc.into_iter().flatten()) {
                    dd.set_str(name.clone(), Value::int(v as i64));
                }
                node
            }
            b'S' => {
                let (name, cls) = self.class()?;
                let found = SINGLETONS.with(|s| s.borrow().iter().find(|(n, _)| *n == name).map(|(_, p)| *p));
                match found {
                    // SAFETY: singletons are immortal.
                    Some(p) => unsafe { Value::from_ptr(p) },
                    None => {
                        let v = crate::types::typeobj::alloc_instance(&cls, ());
                        if let Some(h) = v.header() {
                            h.make_immortal();
                        }
                        SINGLETONS.with(|s| s.borrow_mut().push((name, v.as_ptr())));
                        v
                    }
                }
            }
            b'L' => {
                let n = self.varint()? as usize;
                let mut items = Vec::with_capacity(n.min(1 << 16));
                for _ in 0..n {
                    items.push(self.value(vm, depth + 1)?);
                }
                Value::list(items)
            }
            b'Z' => Value::none(),
            b'T' => Value::bool(true),
            b'F' => Value::bool(false),
            b'E' => Value::ellipsis(),
            b's' => Value::string(self.text()?),
            b'b' => {
                let n = self.varint()? as usize;
                Value::bytes(self.take(n)?.to_vec())
            }
            b'i' => {
                let z = self.varint()?;
                Value::int(((z >> 1) as i64) ^ -((z & 1) as i64))
            }
            b'I' => {
                let digits = self.text()?;
                Value::from_bigint(digits.parse().map_err(|_| corrupt())?)
            }
            b'f' => Value::float(self.f64()?),
            b'j' => {
                let re = self.f64()?;
                Value::complex(re, self.f64()?)
            }
            _ => return Err(corrupt()),
        })
    }
}

/// CPython's checks when `compile()` is given a tree (`obj2ast`): a node of a type with
/// positions has `lineno` and `col_offset`, and every field is set (optional fields default
/// to the class's None). Lists and child nodes are checked depth first.
pub fn check_tree(vm: &mut Vm, v: &Value, depth: usize) -> PyResult<()> {
    if depth > 5000 {
        return Err(crate::error::PyErr::new(crate::error::ExcType::RecursionError, "maximum recursion depth exceeded during compilation"));
    }
    if let Some(items) = v.as_list().map(|l| l.snapshot()) {
        return items.iter().try_for_each(|x| check_tree(vm, x, depth + 1));
    }
    let cls = v.class();
    let Some(fields) = crate::types::typeobj::lookup_str(&cls, "_fields") else { return Ok(()) };
    let attrs = crate::types::typeobj::lookup_str(&cls, "_attributes").and_then(|a| a.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    if attrs.iter().any(|a| a.as_str() == Some("lineno")) {
        for a in ["lineno", "col_offset"] {
            if vm.getattr_opt(v, &Value::intern(a))?.is_none() {
                // Named after the ASDL type: the class just below AST in the MRO.
                let mro = tdata(&cls).mro_values();
                let ty = mro.iter().rev().nth(2).map_or_else(|| tdata(&cls).name_str(), |t| tdata(t).name_str());
                return Err(type_error(format!("required field \"{a}\" missing from {ty}")));
            }
        }
    }
    for f in fields.as_tuple().map(|t| t.to_vec()).unwrap_or_default() {
        match vm.getattr_opt(v, &f)? {
            Some(x) => check_tree(vm, &x, depth + 1)?,
            None => {
                return Err(type_error(format!("required field \"{}\" missing from {}", f.as_str().unwrap_or(""), tdata(&cls).name_str())));
            }
        }
    }
    Ok(())
}
