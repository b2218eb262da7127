//! The `marshal` module: CPython's serialization format (version 4) for data values — None,
//! bools, ints, floats, complex, str, bytes, tuples, lists, dicts, sets, frozensets,
//! Ellipsis, StopIteration. Code objects are pygmy's own (`pygmy_bytecode::marshal`), so they
//! are unmarshallable here. `importlib` imports it; `dumps` never writes back-references
//! (CPython's depend on reference counts), and `loads` reads them.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::object::Kind;
use crate::runtime::{rt, BT};
use crate::types::builtin::{Args, NativeFn};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const FUNCTIONS: &[(&str, NativeFn)] = &[("dumps", dumps), ("loads", loads), ("dump", dump), ("load", load)];

const FLAG_REF: u8 = 0x80;

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("marshal", FUNCTIONS);
    set(&m, "version", Value::int(4));
    Ok(m)
}

fn unmarshallable() -> PyErr {
    value_error("unmarshallable object")
}

fn exact(v: &Value, t: BT) -> bool {
    v.class_ptr() == rt().ty_ptr(t)
}

fn put_len(out: &mut Vec<u8>, n: usize) -> PyResult<()> {
    let n = i32::try_from(n).map_err(|_| unmarshallable())?;
    out.extend_from_slice(&n.to_le_bytes());
    Ok(())
}

fn write(vm: &mut Vm, v: &Value, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    if depth > 2000 {
        return Err(value_error("object too deeply nested to marshal"));
    }
    let seq = |code: u8, out: &mut Vec<u8>, items: &[Value], vm: &mut Vm| -> PyResult<()> {
        out.push(code);
        put_len(out, items.len())?;
        items.iter().try_for_each(|x| write(vm, x, out, depth + 1))
    };
    match v.kind() {
        Kind::NoneType => out.push(b'N'),
        Kind::Bool => out.push(if vm.truthy(v)? { b'T' } else { b'F' }),
        Kind::Ellipsis => out.push(b'.'),
        _ if v.is(&ExcType::StopIteration.type_value()) => out.push(b'S'),
        _ if v.as_int().is_some() && exact(v, BT::Int) => match v.as_i64().and_then(|i| i32::try_from(i).ok()) {
            Some(i) => {
                out.push(b'i');
                out.extend_from_slice(&i.to_le_bytes());
            }
            None => {
                let big = crate::types::int::to_bigint(v).unwrap_or_default();
                let (sign, mut mag) = (big.sign(), big.magnitude().clone());
                let mut digits = Vec::new();
                while mag.bits() > 0 {
                    digits.push((&mag & num_bigint::BigUint::from(0x7fffu32)).to_u16().unwrap_or(0));
                    mag >>= 15;
                }
                out.push(b'l');
                let n = digits.len() as i32;
                out.extend_from_slice(&(if sign == Sign::Minus { -n } else { n }).to_le_bytes());
                digits.iter().for_each(|d| out.extend_from_slice(&d.to_le_bytes()));
            }
        },
        Kind::Float if exact(v, BT::Float) => {
            out.push(b'g');
            out.extend_from_slice(&v.as_float().unwrap_or(0.0).to_le_bytes());
        }
        Kind::Complex if exact(v, BT::Complex) => {
            let Some(c) = crate::types::complex::to_complex(v)? else { return Err(unmarshallable()) };
            out.push(b'y');
            out.extend_from_slice(&c.re.to_le_bytes());
            out.extend_from_slice(&c.im.to_le_bytes());
        }
        Kind::Str if exact(v, BT::Str) => {
            let s = v.as_str().unwrap_or("");
            if s.is_ascii() && s.len() < 256 {
                out.extend_from_slice(&[b'z', s.len() as u8]);
            } else {
                out.push(if s.is_ascii() { b'a' } else { b'u' });
                put_len(out, s.len())?;
            }
            out.extend_from_slice(s.as_bytes());
        }
        Kind::Bytes if exact(v, BT::Bytes) => {
            let b = v.as_bytes().unwrap_or(b"");
            out.push(b's');
            put_len(out, b.len())?;
            out.extend_from_slice(b);
        }
        Kind::Tuple if exact(v, BT::Tuple) => {
            let items = v.as_tuple().unwrap_or(&[]);
            if items.len() < 256 {
                out.extend_from_slice(&[b')', items.len() as u8]);
                items.iter().try_for_each(|x| write(vm, x, out, depth + 1))?;
            } else {
                seq(b'(', out, items, vm)?;
            }
        }
        Kind::List if exact(v, BT::List) => seq(b'[', out, &v.as_list().map(|l| l.snapshot()).unwrap_or_default(), vm)?,
        Kind::Dict if exact(v, BT::Dict) => {
            out.push(b'{');
            for (k, x) in v.downcast::<DictData>().map(|d| d.items()).unwrap_or_default() {
                write(vm, &k, out, depth + 1)?;
                write(vm, &x, out, depth + 1)?;
            }
            out.push(b'0');
        }
        Kind::Set | Kind::FrozenSet if exact(v, BT::Set) || exact(v, BT::FrozenSet) => {
            let keys = crate::types::set::set_core(v).map(|c| c.table().keys()).unwrap_or_default();
            seq(if v.kind() == Kind::Set { b'<' } else { b'>' }, out, &keys, vm)?;
        }
        _ => return Err(unmarshallable()),
    }
    Ok(())
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Option<Value>>,
}

fn bad() -> PyErr {
    value_error("bad marshal data (unknown type code)")
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> PyResult<&[u8]> {
        if self.data.len() - self.pos < n {
            return Err(PyErr::new(ExcType::EOFError, "marshal data too short"));
        }
        self.pos += n;
        Ok(&self.data[self.pos - n..self.pos])
    }
    fn i32(&mut self) -> PyResult<i32> {
        Ok(i32::from_le_bytes(self.take(4)?.try_into().unwrap_or_default()))
    }
    fn f64(&mut self) -> PyResult<f64> {
        Ok(f64::from_le_bytes(self.take(8)?.try_into().unwrap_or_default()))
    }
    fn len(&mut self) -> PyResult<usize> {
        usize::try_from(self.i32()?).map_err(|_| value_error("bad marshal data (size out of range)"))
    }
    fn text(&mut self, n: usize) -> PyResult<Value> {
        let b = self.take(n)?;
        Ok(Value::string(String::from_utf8_lossy(b).into_owned()))
    }
    fn items(&mut self, vm: &mut Vm, n: usize, depth: usize) -> PyResult<Vec<Value>> {
        (0..n).map(|_| self.read(vm, depth + 1)).collect()
    }

    fn read(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Value> {
        if depth > 2000 {
            return Err(value_error("recursion limit exceeded"));
        }
        let code = self.take(1)?[0];
        let flag = code & FLAG_REF != 0;
        // A container is registered before its items, which may refer back to it.
        let slot = flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        });
        let v = match code & !FLAG_REF {
            b'N' => Value::none(),
            b'T' => Value::bool(true),
            b'F' => Value::bool(false),
            b'.' => Value::ellipsis(),
            b'S' => ExcType::StopIteration.type_value(),
            b'i' => Value::int(self.i32()? as i64),
            b'l' => {
                let n = self.i32()?;
                let mut big = BigInt::from(0);
                for k in 0..n.unsigned_abs() as usize {
                    let d = u16::from_le_bytes(self.take(2)?.try_into().unwrap_or_default());
                    if d > 0x7fff {
                        return Err(value_error("bad marshal data (digit out of range in long)"));
                    }
                    big += BigInt::from(d) << (15 * k);
                }
                Value::from_bigint(if n < 0 { -big } else { big })
            }
            b'g' => Value::float(self.f64()?),
            b'y' => {
                let re = self.f64()?;
                Value::complex(re, self.f64()?)
            }
            b's' => {
                let n = self.len()?;
                Value::bytes(self.take(n)?.to_vec())
            }
            b'u' | b't' | b'a' | b'A' => {
                let n = self.len()?;
                self.text(n)?
            }
            b'z' | b'Z' => {
                let n = self.take(1)?[0] as usize;
                self.text(n)?
            }
            b')' => {
                let n = self.take(1)?[0] as usize;
                Value::tuple(self.items(vm, n, depth)?)
            }
            b'(' => {
                let n = self.len()?;
                Value::tuple(self.items(vm, n, depth)?)
            }
            b'[' => {
                let l = Value::list(vec![]);
                self.fill(slot, &l);
                let n = self.len()?;
                let items = self.items(vm, n, depth)?;
                if let Some(d) = l.as_list() {
                    *d.get_mut() = items;
                }
                l
            }
            b'{' => {
                let d = Value::dict();
                self.fill(slot, &d);
                loop {
                    if self.data.get(self.pos) == Some(&b'0') {
                        self.pos += 1;
                        break;
                    }
                    let k = self.read(vm, depth + 1)?;
                    let x = self.read(vm, depth + 1)?;
                    if let Some(dd) = d.downcast::<DictData>() {
                        dd.set(vm, k, x)?;
                    }
                }
                d
            }
            c @ (b'<' | b'>') => {
                let s = if c == b'<' { Value::new_set() } else { Value::new_frozenset() };
                self.fill(slot, &s);
                let n = self.len()?;
                for x in self.items(vm, n, depth)? {
                    if let Some(core) = crate::types::set::set_core(&s) {
                        core.add(vm, x)?;
                    }
                }
                s
            }
            b'r' => {
                let i = self.len()?;
                match self.refs.get(i) {
                    Some(Some(v)) => v.clone(),
                    _ => return Err(value_error("bad marshal data (invalid reference)")),
                }
            }
            b'0' => return Err(type_error("NULL object in marshal data for object")),
            _ => return Err(bad()),
        };
        self.fill(slot, &v);
        Ok(v)
    }

    fn fill(&mut self, slot: Option<usize>, v: &Value) {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
    }
}

fn version_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<()> {
    if let Some(v) = v {
        vm.to_isize(&v)?;
    }
    Ok(())
}

fn dumps(vm: &mut Vm, args: Args) -> PyResult {
    let [value, version] = args.bind("dumps", ["value", "version"], 1, 2)?;
    version_arg(vm, version)?;
    let mut out = Vec::new();
    write(vm, &value.unwrap_or_else(Value::none), &mut out, 0)?;
    Ok(Value::bytes(out))
}

fn dump(vm: &mut Vm, args: Args) -> PyResult {
    let [value, file, version] = args.bind("dump", ["value", "file", "version"], 2, 3)?;
    version_arg(vm, version)?;
    let mut out = Vec::new();
    write(vm, &value.unwrap_or_else(Value::none), &mut out, 0)?;
    vm.call_method(&file.unwrap_or_else(Value::none), "write", &[Value::bytes(out)])?;
    Ok(Value::none())
}

fn loads(vm: &mut Vm, args: Args) -> PyResult {
    let [data] = args.bind("loads", ["bytes"], 1, 1)?;
    let data = data.unwrap_or_else(Value::none);
    let Some(b) = crate::types::bytes::bytes_like(&data) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", crate::types::typeobj::type_name(&data))));
    };
    Reader { data: &b, pos: 0, refs: Vec::new() }.read(vm, 0)
}

/// Reads the file to its end, then seeks back over what the value did not use.
fn load(vm: &mut Vm, args: Args) -> PyResult {
    let [file] = args.bind("load", ["file"], 1, 1)?;
    let file = file.unwrap_or_else(Value::none);
    let data = vm.call_method(&file, "read", &[])?;
    let Some(b) = crate::types::bytes::bytes_like(&data) else {
        return Err(type_error(format!("file.read() returned not bytes but {}", crate::types::typeobj::type_name(&data))));
    };
    let mut r = Reader { data: &b, pos: 0, refs: Vec::new() };
    let v = r.read(vm, 0)?;
    if r.pos < b.len() {
        vm.call_method(&file, "seek", &[Value::int(r.pos as i64 - b.len() as i64), Value::int(1)])?;
    }
    Ok(v)
}
