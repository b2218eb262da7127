//! The `_random` module: CPython's Mersenne Twister (MT19937 with `init_by_array` seeding),
//! bit-identical to `_randommodule.c` for `seed`, `random`, `getrandbits`, `getstate` and
//! `setstate`, so seeded sequences of `random.py` match CPython. Seeding from None mixes the
//! host clock (there is no entropy source in the VM's host interface).

use crate::error::{type_error, value_error, PyResult};
use crate::modules::support::{add_type, alloc_native, new_module, this};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::native::NativeObject;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;
use std::any::Any;
use std::cell::RefCell;

const N: usize = 624;
const M: usize = 397;

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_random", &[]);
    add_type(Some(&m), "_random", "Random", None, &[RANDOM_METHODS], &[], true);
    Ok(m)
}

struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len().max(1);
        let mut k = N.max(klen);
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ ((prev ^ (prev >> 30)).wrapping_mul(1664525))).wrapping_add(*key.get(j).unwrap_or(&0)).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ ((prev ^ (prev >> 30)).wrapping_mul(1566083941))).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        const MATRIX_A: u32 = 0x9908_b0df;
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        if self.index >= N {
            let mt = &mut self.state;
            for kk in 0..N {
                let y = (mt[kk] & UPPER) | (mt[(kk + 1) % N] & LOWER);
                mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 };
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

struct RandomObj(RefCell<Box<Mt>>);

impl NativeObject for RandomObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const RANDOM_METHODS: &[MethodDef] = &[
    staticmethod("__new__", random_new),
    method("__init__", random_init),
    method("seed", random_seed),
    method("random", random_random),
    method("getrandbits", random_getrandbits),
    method("getstate", random_getstate),
    method("setstate", random_setstate),
];

fn rng<'a>(args: &Args<'a>) -> PyResult<&'a RandomObj> {
    this::<RandomObj>(args, "_random.Random")
}

fn random_new(vm: &mut Vm, args: Args) -> PyResult {
    let obj = alloc_native(&args.all[0], RandomObj(RefCell::new(Box::new(Mt { state: [0; N], index: N + 1 }))));
    let r = obj.native::<RandomObj>().ok_or_else(|| type_error("Random"))?;
    seed(vm, r, None)?;
    Ok(obj)
}

/// `_random.Random.__init__(x=None)` (random.Random overrides it and seeds itself).
fn random_init(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    if args.has_kwargs() && me.class().is(&crate::modules::support::native_type("_random.Random")) {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    seed(vm, rng(&args)?, pos.first())?;
    Ok(Value::none())
}

fn seed(vm: &mut Vm, r: &RandomObj, arg: Option<&Value>) -> PyResult<()> {
    let n: BigInt = match arg {
        None => {
            let t = vm.host.time();
            let m = vm.host.monotonic();
            let mix = t.to_bits() ^ m.to_bits().rotate_left(21) ^ (r as *const RandomObj as u64);
            BigInt::from(mix)
        }
        Some(a) if a.is_none() => return seed(vm, r, None),
        Some(a) => match a.as_int() {
            Some(i) => i.to_big().abs(),
            None => {
                let h = vm.hash(a)?;
                BigInt::from(h as u64)
            }
        },
    };
    let (_, digits) = n.to_u32_digits();
    let key = if digits.is_empty() { vec![0u32] } else { digits };
    r.0.borrow_mut().init_by_array(&key);
    Ok(())
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("seed", 0, 1)?;
    seed(vm, rng(&args)?, pos.get(1))?;
    Ok(Value::none())
}

fn random_random(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(rng(&args)?.0.borrow_mut().random()))
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("getrandbits", 1, 1)?;
    let k = vm.to_isize(&pos[1])?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let mut mt = rng(&args)?.0.borrow_mut();
    if k == 0 {
        return Ok(Value::int(0));
    }
    if k <= 32 {
        return Ok(Value::int((mt.next_u32() >> (32 - k)) as i64));
    }
    let mut words = Vec::with_capacity((k as usize).div_ceil(32));
    let mut left = k;
    while left > 0 {
        let mut w = mt.next_u32();
        if left < 32 {
            w >>= 32 - left;
        }
        words.push(w);
        left -= 32;
    }
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

fn random_getstate(_vm: &mut Vm, args: Args) -> PyResult {
    let mt = rng(&args)?.0.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|w| Value::int(*w as i64)).collect();
    items.push(Value::int(mt.index as i64));
    Ok(Value::tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("setstate", 1, 1)?;
    let Some(t) = pos[1].as_tuple() else { return Err(type_error("state vector must be a tuple")) };
    if t.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (i, v) in t[..N].iter().enumerate() {
        let x = vm.index(v)?;
        let b = crate::types::int::to_bigint(&x).unwrap_or_default();
        state[i] = u32::try_from(&b).map_err(|_| crate::error::overflow_error("Python int too large to convert to C unsigned long"))?;
    }
    let index = vm.to_isize(&t[N])?;
    if index < 0 || index > N as isize {
        return Err(value_error("invalid state"));
    }
    let mut mt = rng(&args)?.0.borrow_mut();
    mt.state = state;
    mt.index = index as usize;
    Ok(Value::none())
}
