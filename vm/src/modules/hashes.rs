//! hashlib's builtin hash modules: `_md5`, `_sha1`, `_sha256`, `_sha512`, `_sha3` and
//! `_blake2`. One native type per algorithm (`_md5.md5`, `_sha3.shake_128`, ...) with
//! `update`/`digest`/`hexdigest`/`copy` and `name`/`digest_size`/`block_size`. MD5, SHA-1,
//! SHA-2 and SHA-3 come from the RustCrypto crates; BLAKE2 is written here because hashlib
//! exposes its whole parameter block (salt, person, fanout, depth, leaf/node fields,
//! last_node), which the crates do not.

use crate::error::{type_error, value_error, PyResult};
use crate::modules::support::{add_type, alloc_native, native_object, new_module, set_attr, this};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::descr::{Getter, Setter};
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use sha3::digest::{Digest, ExtendableOutput, Update, XofReader};
use std::cell::RefCell;

#[derive(Clone)]
enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2<u64>),
    Blake2s(Blake2<u32>),
}

impl Algo {
    fn new(name: &str) -> Option<Algo> {
        Some(match name {
            "md5" => Algo::Md5(Default::default()),
            "sha1" => Algo::Sha1(Default::default()),
            "sha224" => Algo::Sha224(Default::default()),
            "sha256" => Algo::Sha256(Default::default()),
            "sha384" => Algo::Sha384(Default::default()),
            "sha512" => Algo::Sha512(Default::default()),
            "sha3_224" => Algo::Sha3_224(Default::default()),
            "sha3_256" => Algo::Sha3_256(Default::default()),
            "sha3_384" => Algo::Sha3_384(Default::default()),
            "sha3_512" => Algo::Sha3_512(Default::default()),
            "shake_128" => Algo::Shake128(Default::default()),
            "shake_256" => Algo::Shake256(Default::default()),
            _ => return None,
        })
    }

    fn update(&mut self, d: &[u8]) {
        match self {
            Algo::Md5(h) => Digest::update(h, d),
            Algo::Sha1(h) => Digest::update(h, d),
            Algo::Sha224(h) => Digest::update(h, d),
            Algo::Sha256(h) => Digest::update(h, d),
            Algo::Sha384(h) => Digest::update(h, d),
            Algo::Sha512(h) => Digest::update(h, d),
            Algo::Sha3_224(h) => Digest::update(h, d),
            Algo::Sha3_256(h) => Digest::update(h, d),
            Algo::Sha3_384(h) => Digest::update(h, d),
            Algo::Sha3_512(h) => Digest::update(h, d),
            Algo::Shake128(h) => Update::update(h, d),
            Algo::Shake256(h) => Update::update(h, d),
            Algo::Blake2b(h) => h.update(d),
            Algo::Blake2s(h) => h.update(d),
        }
    }

    /// The digest so far (`len` bytes for the SHAKEs); the state is left as it was.
    fn digest(&self, len: usize) -> Vec<u8> {
        match self.clone() {
            Algo::Md5(h) => h.finalize().to_vec(),
            Algo::Sha1(h) => h.finalize().to_vec(),
            Algo::Sha224(h) => h.finalize().to_vec(),
            Algo::Sha256(h) => h.finalize().to_vec(),
            Algo::Sha384(h) => h.finalize().to_vec(),
            Algo::Sha512(h) => h.finalize().to_vec(),
            Algo::Sha3_224(h) => h.finalize().to_vec(),
            Algo::Sha3_256(h) => h.finalize().to_vec(),
            Algo::Sha3_384(h) => h.finalize().to_vec(),
            Algo::Sha3_512(h) => h.finalize().to_vec(),
            Algo::Shake128(h) => xof(h.finalize_xof(), len),
            Algo::Shake256(h) => xof(h.finalize_xof(), len),
            Algo::Blake2b(h) => h.finalize(),
            Algo::Blake2s(h) => h.finalize(),
        }
    }

    /// (name, digest_size, block_size)
    fn info(&self) -> (&'static str, usize, usize) {
        match self {
            Algo::Md5(_) => ("md5", 16, 64),
            Algo::Sha1(_) => ("sha1", 20, 64),
            Algo::Sha224(_) => ("sha224", 28, 64),
            Algo::Sha256(_) => ("sha256", 32, 64),
            Algo::Sha384(_) => ("sha384", 48, 128),
            Algo::Sha512(_) => ("sha512", 64, 128),
            Algo::Sha3_224(_) => ("sha3_224", 28, 144),
            Algo::Sha3_256(_) => ("sha3_256", 32, 136),
            Algo::Sha3_384(_) => ("sha3_384", 48, 104),
            Algo::Sha3_512(_) => ("sha3_512", 64, 72),
            Algo::Shake128(_) => ("shake_128", 0, 168),
            Algo::Shake256(_) => ("shake_256", 0, 136),
            Algo::Blake2b(h) => ("blake2b", h.out_len, 128),
            Algo::Blake2s(h) => ("blake2s", h.out_len, 64),
        }
    }

    fn is_shake(&self) -> bool {
        matches!(self, Algo::Shake128(_) | Algo::Shake256(_))
    }
}

fn xof(mut r: impl XofReader, len: usize) -> Vec<u8> {
    let mut out = vec![0; len];
    r.read(&mut out);
    out
}

// ---- BLAKE2 -----------------------------------------------------------------------------------

/// A BLAKE2 word: u64 for BLAKE2b, u32 for BLAKE2s (RFC 7693).
trait Word: Copy + Default + std::ops::BitXor<Output = Self> + 'static {
    const BYTES: usize;
    const ROUNDS: usize;
    const ROT: [u32; 4];
    const IV: [Self; 8];
    fn add(self, o: Self) -> Self;
    fn rotr(self, n: u32) -> Self;
    fn from_le(b: &[u8]) -> Self;
    fn to_le(self, out: &mut Vec<u8>);
    fn from_u64(v: u64) -> Self;
}

impl Word for u64 {
    const BYTES: usize = 8;
    const ROUNDS: usize = 12;
    const ROT: [u32; 4] = [32, 24, 16, 63];
    const IV: [u64; 8] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];
    fn add(self, o: Self) -> Self {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> Self {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> Self {
        u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes())
    }
    fn from_u64(v: u64) -> Self {
        v
    }
}

impl Word for u32 {
    const BYTES: usize = 4;
    const ROUNDS: usize = 10;
    const ROT: [u32; 4] = [16, 12, 8, 7];
    const IV: [u32; 8] = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];
    fn add(self, o: Self) -> Self {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> Self {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> Self {
        u32::from_le_bytes(b.try_into().unwrap_or([0; 4]))
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes())
    }
    fn from_u64(v: u64) -> Self {
        v as u32
    }
}

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

#[derive(Clone)]
struct Blake2<W: Word> {
    h: [W; 8],
    /// Bytes compressed so far.
    t: u128,
    buf: Vec<u8>,
    out_len: usize,
    last_node: bool,
}

/// BLAKE2's parameter block fields beyond the key.
struct Blake2Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    last_node: bool,
}

impl<W: Word> Blake2<W> {
    const BLOCK: usize = 16 * W::BYTES;

    fn new(p: &Blake2Params) -> Self {
        // The parameter block, laid out as in RFC 7693 / the BLAKE2 paper.
        let n = 8 * W::BYTES;
        let mut block = vec![0u8; n];
        block[0] = p.digest_size as u8;
        block[1] = p.key.len() as u8;
        block[2] = p.fanout;
        block[3] = p.depth;
        block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        let (off_len, nd) = if W::BYTES == 8 { (8, 16) } else { (6, 14) };
        block[8..8 + off_len].copy_from_slice(&p.node_offset.to_le_bytes()[..off_len]);
        block[nd] = p.node_depth;
        block[nd + 1] = p.inner_size;
        let salt_at = n / 2;
        let sl = n / 4;
        block[salt_at..salt_at + p.salt.len()].copy_from_slice(&p.salt);
        block[salt_at + sl..salt_at + sl + p.person.len()].copy_from_slice(&p.person);
        let mut h = W::IV;
        for (i, w) in h.iter_mut().enumerate() {
            *w = *w ^ W::from_le(&block[i * W::BYTES..(i + 1) * W::BYTES]);
        }
        let mut s = Blake2 { h, t: 0, buf: Vec::with_capacity(Self::BLOCK), out_len: p.digest_size, last_node: p.last_node };
        if !p.key.is_empty() {
            let mut k = p.key.clone();
            k.resize(Self::BLOCK, 0);
            s.update(&k);
        }
        s
    }

    fn compress(&mut self, block: &[u8], last: bool) {
        let mut m = [W::default(); 16];
        for (i, w) in m.iter_mut().enumerate() {
            *w = W::from_le(&block[i * W::BYTES..(i + 1) * W::BYTES]);
        }
        let mut v = [W::default(); 16];
        v[..8].copy_from_slice(&self.h);
        v[8..].copy_from_slice(&W::IV);
        let bits = 8 * W::BYTES as u32;
        v[12] = v[12] ^ W::from_u64(self.t as u64);
        v[13] = v[13] ^ W::from_u64((self.t >> bits) as u64);
        if last {
            v[14] = v[14] ^ W::from_u64(u64::MAX);
            if self.last_node {
                v[15] = v[15] ^ W::from_u64(u64::MAX);
            }
        }
        let r = W::ROT;
        let g = |v: &mut [W; 16], a: usize, b: usize, c: usize, d: usize, x: W, y: W| {
            v[a] = v[a].add(v[b]).add(x);
            v[d] = (v[d] ^ v[a]).rotr(r[0]);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r[1]);
            v[a] = v[a].add(v[b]).add(y);
            v[d] = (v[d] ^ v[a]).rotr(r[2]);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r[3]);
        };
        for round in 0..W::ROUNDS {
            let s = &SIGMA[round % 10];
            g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for i in 0..8 {
            self.h[i] = self.h[i] ^ v[i] ^ v[i + 8];
        }
    }

    /// Absorbs `data`, keeping the last (possibly full) block for `finalize`.
    fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            if self.buf.len() == Self::BLOCK {
                self.t += Self::BLOCK as u128;
                let block = std::mem::take(&mut self.buf);
                self.compress(&block, false);
                self.buf = block;
                self.buf.clear();
            }
            let n = (Self::BLOCK - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..n]);
            data = &data[n..];
        }
    }

    fn finalize(mut self) -> Vec<u8> {
        self.t += self.buf.len() as u128;
        let mut block = std::mem::take(&mut self.buf);
        block.resize(Self::BLOCK, 0);
        self.compress(&block, true);
        let mut out = Vec::with_capacity(8 * W::BYTES);
        for w in self.h {
            w.to_le(&mut out);
        }
        out.truncate(self.out_len);
        out
    }
}

// ---- the Python objects -----------------------------------------------------------------------

struct HashObj {
    algo: RefCell<Algo>,
}
native_object!(HashObj;);

const HASH_METHODS: &[MethodDef] =
    &[staticmethod("__new__", hash_new), method("update", h_update), method("digest", h_digest), method("hexdigest", h_hexdigest), method("copy", h_copy)];

const HASH_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("name", h_name, None), ("digest_size", h_digest_size, None), ("block_size", h_block_size, None)];

/// (module, algorithms) for each builtin hash module.
const MODULES: &[(&str, &[&str])] = &[
    ("_md5", &["md5"]),
    ("_sha1", &["sha1"]),
    ("_sha256", &["sha224", "sha256"]),
    ("_sha512", &["sha384", "sha512"]),
    ("_sha3", &["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"]),
    ("_blake2", &["blake2b", "blake2s"]),
];

fn init_module(module: &'static str) -> PyResult {
    let m = new_module(module, &[]);
    let algos = MODULES.iter().find(|(n, _)| *n == module).map(|(_, a)| *a).unwrap_or(&[]);
    for &name in algos {
        let t = add_type(Some(&m), module, name, None, &[HASH_METHODS], HASH_GETSETS, false);
        let consts: &[(&str, i64)] = match name {
            "blake2b" => &[("SALT_SIZE", 16), ("PERSON_SIZE", 16), ("MAX_KEY_SIZE", 64), ("MAX_DIGEST_SIZE", 64)],
            "blake2s" => &[("SALT_SIZE", 8), ("PERSON_SIZE", 8), ("MAX_KEY_SIZE", 32), ("MAX_DIGEST_SIZE", 32)],
            _ => &[],
        };
        for (k, v) in consts {
            crate::types::typeobj::type_set_attr(&t, &Value::intern(k), Some(Value::int(*v)))?;
            set_attr(&m, &format!("{}_{k}", name.to_uppercase()), Value::int(*v));
        }
    }
    if module == "_sha3" {
        set_attr(&m, "implementation", Value::str("RustCrypto sha3"));
        set_attr(&m, "keccakopt", Value::int(64));
    }
    Ok(m)
}

pub fn init_md5(_vm: &mut Vm) -> PyResult {
    init_module("_md5")
}
pub fn init_sha1(_vm: &mut Vm) -> PyResult {
    init_module("_sha1")
}
pub fn init_sha256(_vm: &mut Vm) -> PyResult {
    init_module("_sha256")
}
pub fn init_sha512(_vm: &mut Vm) -> PyResult {
    init_module("_sha512")
}
pub fn init_sha3(_vm: &mut Vm) -> PyResult {
    init_module("_sha3")
}
pub fn init_blake2(_vm: &mut Vm) -> PyResult {
    init_module("_blake2")
}

/// Data to hash: any bytes-like object; str is refused as in CPython.
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    crate::types::bytes::bytes_like(v).ok_or_else(|| type_error(format!("object supporting the buffer API required, not '{}'", type_name(v))))
}

fn bytes_param(v: &Option<Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(v) => data_arg(v),
        None => Ok(vec![]),
    }
}

fn int_param(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => Ok(vm.to_isize(v)? as i64),
        None => Ok(default),
    }
}

fn blake2_params(vm: &mut Vm, a: &[Option<Value>], max: usize) -> PyResult<Blake2Params> {
    let digest_size = int_param(vm, &a[0], max as i64)?;
    if digest_size < 1 || digest_size > max as i64 {
        return Err(value_error(format!("digest_size must be between 1 and {max} bytes")));
    }
    let (key, salt, person) = (bytes_param(&a[1])?, bytes_param(&a[2])?, bytes_param(&a[3])?);
    if key.len() > max {
        return Err(value_error(format!("maximum key length is {max} bytes")));
    }
    if salt.len() > max / 4 {
        return Err(value_error(format!("maximum salt length is {} bytes", max / 4)));
    }
    if person.len() > max / 4 {
        return Err(value_error(format!("maximum person length is {} bytes", max / 4)));
    }
    let fanout = int_param(vm, &a[4], 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(value_error("fanout must be between 0 and 255"));
    }
    let depth = int_param(vm, &a[5], 1)?;
    if !(1..=255).contains(&depth) {
        return Err(value_error("depth must be between 1 and 255"));
    }
    let leaf_size = int_param(vm, &a[6], 0)?;
    if !(0..=u32::MAX as i64).contains(&leaf_size) {
        return Err(crate::error::PyErr::new(crate::error::ExcType::OverflowError, "leaf_size is too large"));
    }
    let node_offset = int_param(vm, &a[7], 0)?;
    if node_offset < 0 || (max == 32 && node_offset >= 1 << 48) {
        return Err(crate::error::PyErr::new(crate::error::ExcType::OverflowError, "node_offset is too large"));
    }
    let node_depth = int_param(vm, &a[8], 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(value_error("node_depth must be between 0 and 255"));
    }
    let inner_size = int_param(vm, &a[9], 0)?;
    if inner_size < 0 || inner_size > max as i64 {
        return Err(value_error(format!("inner_size must be between 0 and is {max}")));
    }
    let last_node = match &a[10] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(Blake2Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset: node_offset as u64,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    })
}

/// `md5(string=b'', *, usedforsecurity=True)`, `blake2b(data=b'', *, digest_size=64, ...)`...
fn hash_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let name = crate::types::typeobj::tdata_ptr(cls.as_ptr()).name_str();
    let rest = args.rest();
    let (algo, data) = if name.starts_with("blake2") {
        let [data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node, _sec] = rest.bind(
            &name,
            ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"],
            0,
            0,
        )?;
        let params = [digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node];
        let algo = if name == "blake2b" {
            Algo::Blake2b(Blake2::new(&blake2_params(vm, &params, 64)?))
        } else {
            Algo::Blake2s(Blake2::new(&blake2_params(vm, &params, 32)?))
        };
        (algo, data)
    } else {
        let [data, _sec, string] = rest.bind(&name, ["data", "usedforsecurity", "string"], 0, 0)?;
        let algo = Algo::new(&name).ok_or_else(|| value_error(format!("unsupported hash type {name}")))?;
        (algo, data.or(string))
    };
    let obj = HashObj { algo: RefCell::new(algo) };
    if let Some(d) = data {
        let d = data_arg(&d)?;
        obj.algo.borrow_mut().update(&d);
    }
    Ok(alloc_native(&cls, obj))
}

fn hobj<'a>(args: &Args<'a>) -> PyResult<&'a HashObj> {
    this::<HashObj>(args, "hash")
}

fn h_update(_vm: &mut Vm, args: Args) -> PyResult {
    let h = hobj(&args)?;
    let pos = args.check_method("update", 1, 1)?;
    let d = data_arg(&pos[1])?;
    h.algo.borrow_mut().update(&d);
    Ok(Value::none())
}

/// The digest, with the `length` argument the SHAKEs require.
fn digest_of(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Vec<u8>> {
    let h = hobj(args)?;
    let algo = h.algo.borrow().clone();
    if algo.is_shake() {
        let [length] = args.rest().bind(fname, ["length"], 1, 0)?;
        let n = vm.to_isize(length.as_ref().unwrap_or(&Value::int(0)))?;
        if n < 0 {
            return Err(value_error("negative digest length"));
        }
        return Ok(algo.digest(n as usize));
    }
    args.check_method(fname, 0, 0)?;
    Ok(algo.digest(0))
}

fn h_digest(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bytes(digest_of(vm, &args, "digest")?))
}

fn h_hexdigest(vm: &mut Vm, args: Args) -> PyResult {
    let d = digest_of(vm, &args, "hexdigest")?;
    Ok(Value::string(d.iter().map(|b| format!("{b:02x}")).collect()))
}

fn h_copy(_vm: &mut Vm, args: Args) -> PyResult {
    let h = hobj(&args)?;
    let copy = HashObj { algo: RefCell::new(h.algo.borrow().clone()) };
    Ok(alloc_native(&args.self_().class(), copy))
}

fn h_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::str(v.native::<HashObj>().map(|h| h.algo.borrow().info().0).unwrap_or("")))
}

fn h_digest_size(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<HashObj>().map(|h| h.algo.borrow().info().1).unwrap_or(0) as i64))
}

fn h_block_size(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<HashObj>().map(|h| h.algo.borrow().info().2).unwrap_or(0) as i64))
}
