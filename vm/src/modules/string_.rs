//! The `_string` module: the format-string parser behind `string.Formatter`
//! (`formatter_parser`, `formatter_field_name_split`), following CPython's
//! `Objects/stringlib/unicode_format.h` step for step, messages included.

use crate::error::{type_error, value_error, PyResult};
use crate::modules::util::new_module;
use crate::types::builtin::{Args, NativeFn};
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[("formatter_parser", formatter_parser), ("formatter_field_name_split", formatter_field_name_split)];

pub fn init(_vm: &mut Vm) -> PyResult {
    Ok(new_module("_string", FUNCTIONS))
}

fn str_arg<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a str> {
    let pos = args.check(fname, 1, 1)?;
    pos[0].as_str().ok_or_else(|| type_error(format!("{fname}() argument must be str, not {}", type_name(&pos[0]))))
}

fn text(c: &[char]) -> Value {
    Value::string(c.iter().collect())
}

/// One parsed field: name, format spec, conversion ('\0' for none).
struct Field {
    name: Vec<char>,
    spec: Vec<char>,
    conversion: char,
}

/// `parse_field`: reads a field from just after its '{' through its closing '}', advancing
/// `*i` past it.
fn parse_field(s: &[char], i: &mut usize) -> PyResult<Field> {
    let mut c = '\0';
    let start = *i;
    while *i < s.len() {
        c = s[*i];
        *i += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *i < s.len() && s[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = s[start..(*i).saturating_sub(1).max(start)].to_vec();
    if c != '!' && c != ':' {
        if c != '}' {
            return Err(value_error("expected '}' before end of string"));
        }
        return Ok(Field { name, spec: vec![], conversion: '\0' });
    }
    let mut conversion = '\0';
    if c == '!' {
        if *i >= s.len() {
            return Err(value_error("end of string while looking for conversion specifier"));
        }
        conversion = s[*i];
        *i += 1;
        if *i < s.len() {
            let d = s[*i];
            *i += 1;
            if d == '}' {
                return Ok(Field { name, spec: vec![], conversion });
            }
            if d != ':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < s.len() {
        let d = s[*i];
        *i += 1;
        if d == '{' {
            count += 1;
        } else if d == '}' {
            count -= 1;
            if count == 0 {
                return Ok(Field { name, spec: s[spec_start..*i - 1].to_vec(), conversion });
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// `formatter_parser(s)`: (literal, field_name, format_spec, conversion) tuples.
fn formatter_parser(vm: &mut Vm, args: Args) -> PyResult {
    let s: Vec<char> = str_arg(&args, "formatter_parser")?.chars().collect();
    let mut out = vec![];
    let mut i = 0;
    while i < s.len() {
        let start = i;
        let mut c = '\0';
        let mut markup = false;
        while i < s.len() {
            c = s[i];
            i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = i >= s.len();
        let mut len = i - start;
        if c == '}' && markup && (at_end || s[i] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if s[i] == c {
                i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal = text(&s[start..start + len]);
        if !markup {
            out.push(Value::tuple(vec![literal, Value::none(), Value::none(), Value::none()]));
            continue;
        }
        let f = parse_field(&s, &mut i)?;
        let conv = if f.conversion == '\0' { Value::none() } else { Value::string(f.conversion.to_string()) };
        out.push(Value::tuple(vec![literal, text(&f.name), text(&f.spec), conv]));
    }
    vm.iter(&Value::list(out))
}

/// `get_integer`: a run of decimal digits as an int, else None.
fn integer(s: &[char]) -> PyResult<Option<i64>> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: i64 = 0;
    for c in s {
        n = n.checked_mul(10).and_then(|n| n.checked_add(*c as i64 - '0' as i64)).ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

fn int_or_str(s: &[char]) -> PyResult<Value> {
    Ok(match integer(s)? {
        Some(n) => Value::int(n),
        None => text(s),
    })
}

/// `formatter_field_name_split(name)`: (first, iterator of (is_attribute, key)).
fn formatter_field_name_split(vm: &mut Vm, args: Args) -> PyResult {
    let s: Vec<char> = str_arg(&args, "formatter_field_name_split")?.chars().collect();
    let mut i = 0;
    while i < s.len() && s[i] != '.' && s[i] != '[' {
        i += 1;
    }
    let first = int_or_str(&s[..i])?;
    let mut rest = vec![];
    while i < s.len() {
        let c = s[i];
        i += 1;
        let start = i;
        let (is_attr, name) = match c {
            '.' => {
                while i < s.len() && s[i] != '.' && s[i] != '[' {
                    i += 1;
                }
                (true, &s[start..i])
            }
            '[' => {
                while i < s.len() && s[i] != ']' {
                    i += 1;
                }
                if i >= s.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                let name = &s[start..i];
                i += 1;
                if i < s.len() && s[i] != '.' && s[i] != '[' {
                    return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
                (false, name)
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        };
        if name.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        rest.push(Value::tuple(vec![Value::bool(is_attr), int_or_str(name)?]));
    }
    let it = vm.iter(&Value::list(rest))?;
    Ok(Value::tuple(vec![first, it]))
}
