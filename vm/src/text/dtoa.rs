//! Float → decimal text: `repr(float)` and CPython's `PyOS_double_to_string`, the one routine
//! behind every float formatting (`repr`, `format`, `%`, complex).
//!
//! Two layers, like CPython's `_Py_dg_dtoa` + `format_float_short`:
//! - [`Digits`]: the decimal digits of `|x|` (no trailing zeros) and the decimal point position,
//!   in one of three modes — shortest round-trip, N significant digits, N digits after the
//!   point — correctly rounded with ties to even on the exact binary value. This is the only
//!   place that calls `core::fmt` on floats; swapping the digit engine touches nothing else.
//! - [`double_to_string`]: lays the digits out for the `e`/`f`/`g`/`r` codes with the sign,
//!   `#`, `.0` and `z` rules of `format_float_short` (pystrtod.c), ported case for case.

use std::fmt::Write;

/// Flags of [`double_to_string`], CPython's `Py_DTSF_*`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative numbers).
    pub sign: bool,
    /// Append `.0` to a result that would look like an integer (`repr` style); for `g`, also
    /// switch to exponent form one digit earlier, as CPython does.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and, for `g`, trailing zeros.
    pub alt: bool,
    /// Turn a negative zero result (after rounding) into a positive one (`z`).
    pub no_neg_0: bool,
}

/// Decimal digits of `|x|` for finite `x`: the value is `0.DIGITS × 10^decpt`.
/// `digits` has no trailing zeros and is `"0"` (with `decpt == 1`) when the rounded value is 0.
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i32,
}

/// Most significant decimal digits a double can have (the exact expansion of the smallest
/// subnormal has 751); asking for more only appends zeros, so requests are capped here.
const MAX_SIG_DIGITS: usize = 800;
/// Most digits after the point a double's exact expansion can have (2^-1074 has 1074).
const MAX_FRAC_DIGITS: usize = 1100;

impl Digits {
    /// Shortest digits that read back as `x` (dtoa mode 0).
    pub fn shortest(x: f64) -> Digits {
        let mut s = String::with_capacity(32);
        let _ = write!(s, "{:e}", x.abs());
        Self::from_exp_form(&s)
    }

    /// `n >= 1` significant digits, correctly rounded (dtoa mode 2).
    pub fn significant(x: f64, n: usize) -> Digits {
        let n = n.clamp(1, MAX_SIG_DIGITS);
        let mut s = String::with_capacity(n + 8);
        let _ = write!(s, "{:.*e}", n - 1, x.abs());
        Self::from_exp_form(&s)
    }

    /// Rounded to `n` digits after the decimal point (dtoa mode 3).
    pub fn fixed(x: f64, n: usize) -> Digits {
        let n = n.min(MAX_FRAC_DIGITS);
        let mut s = String::with_capacity(n + 24);
        let _ = write!(s, "{:.*}", n, x.abs());
        let int_len = s.find('.').unwrap_or(s.len());
        let mut digits: Vec<u8> = s.bytes().filter(|&b| b != b'.').collect();
        let lead = digits.iter().take_while(|&&b| b == b'0').count();
        digits.drain(..lead);
        Self::finish(digits, int_len as i32 - lead as i32)
    }

    /// Parses `core::fmt`'s `{:e}` output, `D[.DDD]e[-]X`.
    fn from_exp_form(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        // A hand-rolled atoi: `str::parse::<i32>` would pull in ~1 KB of wasm for this.
        let mut e: i32 = 0;
        for b in exp.bytes().filter(u8::is_ascii_digit) {
            e = e * 10 + (b - b'0') as i32;
        }
        if exp.starts_with('-') {
            e = -e;
        }
        let digits: Vec<u8> = mant.bytes().filter(|&b| b != b'.').collect();
        Self::finish(digits, e + 1)
    }

    fn finish(mut digits: Vec<u8>, decpt: i32) -> Digits {
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Digits {
                digits: vec![b'0'],
                decpt: 1,
            };
        }
        Digits { digits, decpt }
    }

    pub fn is_zero(&self) -> bool {
        self.digits == b"0"
    }
}

/// `repr(x)` and `str(x)` for a float: `1.0`, `0.1`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` = shortest repr digits; `precision` is then
/// ignored); upper-case codes write `E`, `INF`, `NAN`. `precision` is the number of digits
/// after the point (`e`, `f`) or of significant digits (`g`, where 0 means 1). NaN never
/// gets a `-` sign. Any other `code` is treated as `r`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    // Precisions beyond what memory could hold are clamped; the output would not fit anyway.
    let mut precision = precision.min(i32::MAX as usize / 2) as i64;
    let d = match code {
        'e' => {
            precision += 1;
            Digits::significant(x, precision as usize)
        }
        'f' => Digits::fixed(x, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            Digits::significant(x, precision as usize)
        }
        _ => Digits::shortest(x),
    };
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && d.is_zero() {
        negative = false;
    }
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt as i64;

    // Output the slice vdigits[vstart..vend] of the digits padded with zeros on both sides,
    // with the point after position decpt (format_float_short's "virtual digits").
    let mut use_exp = false;
    let mut vend = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        _ => {
            // repr switches to exponent form at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }

    out.reserve((vend - vstart) as usize + 8);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let digits = std::str::from_utf8(&d.digits).unwrap_or("");
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        let _ = write!(out, "{e}");
    }
    out
}
