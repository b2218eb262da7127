//! `int` ↔ text and bytes: `int(s, base)`, `str(i)`, `bin`/`oct`/`hex`, the integer
//! string conversion length limit (`sys.set_int_max_str_digits`, PEP-less CVE-2020-10735
//! fix in 3.11), `int.to_bytes` and `int.from_bytes`.
//!
//! The digit limit is a parameter (`max_str_digits`, 0 = unlimited) so the VM owns the
//! `sys` setting; [`DEFAULT_MAX_STR_DIGITS`] is CPython's default.

use num_bigint::{BigInt, BigUint, Sign};

use super::int::{Int, MAX_BITS};
use super::{memory_error, overflow, value_error, ExcKind, NumError};

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// `sys.int_info.str_digits_check_threshold`: the smallest positive limit allowed.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Validates an argument of `sys.set_int_max_str_digits`.
pub fn check_max_str_digits(n: i64) -> Result<usize, NumError> {
    if n == 0 || n >= MAX_STR_DIGITS_THRESHOLD as i64 {
        Ok(n as usize)
    } else {
        Err(value_error("maxdigits must be 0 or larger than 640"))
    }
}

fn limit_error_to_int(limit: usize, digits: usize) -> NumError {
    NumError::Exc(
        ExcKind::ValueError,
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )
        .into(),
    )
}

fn limit_error_to_str(limit: usize) -> NumError {
    NumError::Exc(
        ExcKind::ValueError,
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )
        .into(),
    )
}

fn check_base(base: u32) -> Result<(), NumError> {
    if base == 1 || base > 36 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(())
}

/// The first code point of each run of ten Unicode decimal digits (category Nd,
/// Unicode 14.0 as in CPython 3.11); `int()` accepts them all.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode digit (`unicodedata.decimal`), if it is one.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let c = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c).checked_sub(1)?;
    let d = c - DECIMAL_ZEROS[i];
    (d < 10).then_some(d)
}

/// `int(s, base)` for a `str`. Non-ASCII whitespace and Unicode decimal digits are
/// accepted like CPython (`_PyUnicode_TransformDecimalAndSpaceToASCII`).
pub fn parse_int_str(s: &str, base: u32, max_str_digits: usize) -> Result<Int, NumError> {
    if s.is_ascii() {
        return parse_int_bytes(s.as_bytes(), base, max_str_digits);
    }
    check_base(base)?;
    let mut ascii = Vec::with_capacity(s.len());
    for c in s.chars() {
        ascii.push(if (c as u32) < 127 {
            c as u8
        } else if c.is_whitespace() {
            // Non-ASCII `str.isspace()` is exactly Unicode White_Space.
            b' '
        } else if let Some(d) = unicode_decimal(c) {
            b'0' + d as u8
        } else {
            return Err(NumError::InvalidLiteral { base });
        });
    }
    parse_int_bytes(&ascii, base, max_str_digits)
}

/// C's `isspace` in the "C" locale, which `int()` uses on ASCII.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(b, base)` for `bytes`/`bytearray` (and ASCII `str`): CPython's `PyLong_FromString`.
pub fn parse_int_bytes(s: &[u8], base: u32, max_str_digits: usize) -> Result<Int, NumError> {
    check_base(base)?;
    let err = Err(NumError::InvalidLiteral { base });
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut p = 0;
    while is_c_space(at(p)) {
        p += 1;
    }
    let negative = at(p) == b'-';
    if matches!(at(p), b'+' | b'-') {
        p += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    let prefix = at(p + 1).to_ascii_lowercase();
    if base == 0 {
        base = match (at(p), prefix) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            // "Old" C-style octal like 010 is invalid, but zero ("00", "0_0") is fine.
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(p) == b'0' && matches!((base, prefix), (16, b'x') | (8, b'o') | (2, b'b')) {
        p += 2;
        if at(p) == b'_' {
            p += 1; // one underscore allowed after the prefix
        }
    }
    if at(p) == b'_' {
        return err;
    }
    let start = p;
    let mut digits = 0usize;
    let mut prev = 0u8;
    while digit_value(at(p)) < base || at(p) == b'_' {
        if at(p) == b'_' {
            if prev == b'_' {
                return err;
            }
        } else {
            digits += 1;
        }
        prev = at(p);
        p += 1;
    }
    if prev == b'_' {
        return err;
    }
    let digits_str = &s[start..p];
    if !base.is_power_of_two() && max_str_digits > 0 && digits > max_str_digits {
        return Err(limit_error_to_int(max_str_digits, digits));
    }
    if digits == 0 {
        return err;
    }
    while is_c_space(at(p)) {
        p += 1;
    }
    if p != s.len() {
        return err;
    }
    let mag = digits_to_int(digits_str, base, digits)?;
    if error_if_nonzero && !mag.is_zero() {
        return err;
    }
    Ok(if negative { mag.neg() } else { mag })
}

/// The value of validated digits (underscores allowed) in `base`.
fn digits_to_int(digits: &[u8], base: u32, count: usize) -> Result<Int, NumError> {
    let mut acc: u64 = 0;
    let mut fits = true;
    for &b in digits.iter().filter(|&&b| b != b'_') {
        match acc
            .checked_mul(base as u64)
            .and_then(|a| a.checked_add(digit_value(b) as u64))
        {
            Some(a) => acc = a,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Ok(Int::from(acc));
    }
    if count as u64 * 6 > MAX_BITS {
        return Err(memory_error());
    }
    let values: Vec<u8> = digits
        .iter()
        .filter(|&&b| b != b'_')
        .map(|&b| digit_value(b) as u8)
        .collect();
    Ok(Int::from_biguint(
        BigUint::from_radix_be(&values, base).unwrap_or_default(),
    ))
}

/// `str(i)` / `repr(i)`, subject to the digit limit (0 = unlimited).
pub fn int_to_decimal(i: &Int, max_str_digits: usize) -> Result<String, NumError> {
    match i {
        // At most 19 digits; the limit is 0 or at least 640.
        Int::Small(v) => Ok(v.to_string()),
        Int::Big(b) => {
            if max_str_digits > 0 {
                // A lower bound on the digit count, to refuse huge ints without the
                // quadratic conversion: (bits - 1) * log10(2) rounded down, plus one.
                let lower = (b.bits() - 1) as u128 * 30_102_999 / 100_000_000 + 1;
                if lower > max_str_digits as u128 {
                    return Err(limit_error_to_str(max_str_digits));
                }
            }
            let s = b.to_str_radix(10);
            let digits = s.len() - (b.sign() == Sign::Minus) as usize;
            if max_str_digits > 0 && digits > max_str_digits {
                return Err(limit_error_to_str(max_str_digits));
            }
            Ok(s)
        }
    }
}

/// `bin(i)`, `oct(i)`, `hex(i)` (base 2, 8 or 16): `-0x1f`. Never limited.
pub fn int_to_prefixed(i: &Int, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let digits = int_to_radix(i, base);
    match digits.strip_prefix('-') {
        Some(d) => format!("-{prefix}{d}"),
        None => format!("{prefix}{digits}"),
    }
}

/// The digits of `i` in `base` (2..=36), lowercase, with a leading `-` if negative and
/// no prefix. Bases other than powers of two are not length-limited here.
pub fn int_to_radix(i: &Int, base: u32) -> String {
    i.to_big().to_str_radix(base)
}

/// Parses `int.to_bytes`'s `byteorder` argument; `true` means little-endian.
pub fn parse_byteorder(s: &str) -> Result<bool, NumError> {
    match s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

/// `i.to_bytes(length, byteorder, signed=signed)`.
pub fn to_bytes(i: &Int, length: i64, little: bool, signed: bool) -> Result<Vec<u8>, NumError> {
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    if !signed && i.is_negative() {
        return Err(overflow("can't convert negative int to unsigned"));
    }
    if length as u64 > MAX_BITS / 8 {
        return Err(memory_error());
    }
    let length = length as usize;
    let big = i.to_big();
    let mut bytes = if signed {
        big.to_signed_bytes_le()
    } else {
        big.magnitude().to_bytes_le()
    };
    if i.is_zero() || (length == 0 && signed && *i == Int::Small(-1)) {
        // CPython also accepts -1 in zero bytes (a sign extension of nothing).
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(overflow("int too big to convert"));
    }
    let fill = if i.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> Int {
    let big = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(bytes),
        (false, true) => BigInt::from_signed_bytes_be(bytes),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
    };
    Int::from_big(big)
}
