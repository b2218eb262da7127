//! Tests of the Unicode tables: checked-in values from CPython 3.11.7, plus (when python3
//! 3.11 is on PATH) a regeneration check and an exhaustive comparison with CPython.

use super::*;
use std::process::Command;

/// `Some(())` when `python3` is CPython 3.11; otherwise prints why the test is skipped.
fn python311() -> Option<()> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).trim() == "True" => Some(()),
        _ => {
            eprintln!("skipped: python3 3.11 is not available");
            None
        }
    }
}

#[test]
fn tables_are_up_to_date() {
    if python311().is_none() {
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/src/strings/gen_tables.py");
    let out = Command::new("python3")
        .args([script, "--stdout"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fresh = String::from_utf8(out.stdout).unwrap();
    let checked_in = include_str!("tables.rs");
    assert!(
        fresh == checked_in,
        "tables.rs is stale: run python3 vm/src/strings/gen_tables.py"
    );
}

const DUMP: &str = r#"
import unicodedata as ud, sys
out=[]
for cp in list(range(0x20000))+list(range(0x20000,0x110000,97)):
    c=chr(cp)
    fl=''.join('1' if f else '0' for f in (c.isalpha(),c.isdecimal(),c.isdigit(),c.isnumeric(),c.isalnum(),c.isspace(),c.isprintable(),c.islower(),c.isupper(),c.isidentifier(),('a'+c).isidentifier()))
    n=ud.numeric(c,None)
    cm=lambda s:'.'.join('%x'%ord(x) for x in s)
    out.append('%x %s %s %s %s %s %s %s %s %s %d %d %s %s'%(cp,ud.category(c),fl,repr(n) if n is not None else '-',cm(c.upper()),cm(c.lower()),cm(c.title()),cm(c.casefold()),ud.east_asian_width(c),ud.mirrored(c),ud.combining(c),ud.decimal(c,-1),ud.digit(c,-1),'1' if (c+'x').splitlines()!=[c+'x'] else '0'))
sys.stdout.write('\n'.join(out)+'\n')
"#;

fn hex_chars(m: CaseMapped) -> String {
    m.as_slice()
        .iter()
        .map(|&c| format!("{:x}", c as u32))
        .collect::<Vec<_>>()
        .join(".")
}

fn bit(b: bool) -> char {
    if b {
        '1'
    } else {
        '0'
    }
}

/// Every code point of planes 0 and 1 and a sample of the others, against CPython.
#[test]
fn all_properties_match_cpython() {
    if python311().is_none() {
        return;
    }
    let out = Command::new("python3").args(["-c", DUMP]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut bad = Vec::new();
    assert!(text.lines().count() > 0x20000);
    for line in text.lines() {
        let cp = u32::from_str_radix(line.split(' ').next().unwrap(), 16).unwrap();
        let Some(c) = char::from_u32(cp) else {
            continue;
        }; // surrogates: not representable
        let flags: String = [
            is_alpha(c),
            is_decimal(c),
            is_digit(c),
            is_numeric(c),
            is_alnum(c),
            is_space(c),
            is_printable(c),
            is_lower(c),
            is_upper(c),
            is_xid_start(c) || c == '_',
            is_xid_continue(c),
        ]
        .into_iter()
        .map(bit)
        .collect();
        let num = match numeric(c) {
            None => "-".to_string(),
            Some(v) => python_float_repr(v),
        };
        let mine = format!(
            "{:x} {} {} {} {} {} {} {} {} {} {} {} {} {}",
            cp,
            general_category(c),
            flags,
            num,
            hex_chars(to_upper(c)),
            hex_chars(to_lower(c)),
            hex_chars(to_title(c)),
            hex_chars(to_casefold(c)),
            east_asian_width(c),
            mirrored(c) as u8,
            combining(c),
            decimal(c).map_or(-1, |v| v as i64),
            digit(c).map_or(-1, |v| v as i64),
            bit(is_linebreak(c)),
        );
        if mine != line {
            bad.push(format!("python: {line}\npygmy:  {mine}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches, first:\n{}",
        bad.len(),
        bad[..bad.len().min(10)].join("\n")
    );
}

/// Enough of Python's float repr for the numeric values in the tables.
fn python_float_repr(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e16 {
        format!("{v:.1}")
    } else {
        let s = format!("{v:?}");
        s.replace("e", "e+").replace("e+-", "e-")
    }
}

#[test]
fn checked_in_values() {
    // Values from CPython 3.11.7's unicodedata / str methods.
    assert_eq!(UNICODE_VERSION_STR, "14.0.0");
    assert_eq!(general_category('A'), "Lu");
    assert_eq!(general_category('\u{378}'), "Cn");
    assert_eq!(general_category('\u{1F600}'), "So");
    assert_eq!(general_category('\u{E000}'), "Co");
    assert_eq!(general_category('\u{10FFFF}'), "Cn");
    assert_eq!(general_category('\u{E0001}'), "Cf");
    assert_eq!(general_category('\u{1C5}'), "Lt");
    assert_eq!(general_category('\u{4E00}'), "Lo");
    assert_eq!(general_category('\u{31350}'), "Cn"); // CJK Ext H is Unicode 15
    assert!(is_alpha('é') && !is_alpha('\u{2160}') && is_numeric('\u{2160}'));
    assert!(!is_alpha('\u{345}')); // Mn, though Alphabetic in Unicode
    assert_eq!(numeric('\u{2155}'), Some(0.2));
    assert_eq!(numeric('\u{4E07}'), Some(10000.0));
    assert_eq!(numeric('\u{5146}'), Some(1000000000000.0));
    assert_eq!(numeric('\u{BD}'), Some(0.5));
    assert_eq!(digit('\u{B2}'), Some(2));
    assert_eq!(decimal('\u{B2}'), None);
    assert_eq!(decimal('\u{663}'), Some(3));
    assert_eq!(decimal('\u{1D7D9}'), Some(1));
    assert_eq!(east_asian_width('a'), "Na");
    assert_eq!(east_asian_width('\u{4E00}'), "W");
    assert_eq!(east_asian_width('\u{FF21}'), "F");
    assert_eq!(east_asian_width('\u{FF61}'), "H");
    assert_eq!(east_asian_width('\u{A1}'), "A");
    assert_eq!(east_asian_width('\u{0}'), "N");
    assert!(mirrored('(') && mirrored('\u{2208}') && !mirrored('a'));
    assert_eq!(combining('\u{301}'), 230);
    assert_eq!(combining('\u{316}'), 220);
    assert_eq!(combining('a'), 0);
    assert_eq!(to_upper('ß').as_slice(), ['S', 'S']);
    assert_eq!(to_title('ß').as_slice(), ['S', 's']);
    assert_eq!(to_casefold('ß').as_slice(), ['s', 's']);
    assert_eq!(to_lower('\u{130}').as_slice(), ['i', '\u{307}']);
    assert_eq!(to_upper('\u{1F0}').as_slice(), ['J', '\u{30C}']);
    assert_eq!(
        to_upper('\u{390}').as_slice(),
        ['\u{399}', '\u{308}', '\u{301}']
    );
    assert_eq!(to_title('\u{1C6}').as_slice(), ['\u{1C5}']);
    assert_eq!(to_upper('\u{1C6}').as_slice(), ['\u{1C4}']);
    assert_eq!(to_lower('\u{1E9E}').as_slice(), ['ß']);
    assert_eq!(to_casefold('\u{13F8}').as_slice(), ['\u{13F0}']);
    assert_eq!(to_upper('\u{10428}').as_slice(), ['\u{10400}']);
    assert!(
        is_space('\u{1C}') && is_space('\u{85}') && is_space('\u{3000}') && !is_space('\u{200B}')
    );
    assert!(!is_printable('\u{AD}') && !is_printable('\u{A0}') && is_printable('é'));
    assert!(is_case_ignorable('\'') && is_case_ignorable('.') && is_case_ignorable('\u{301}'));
    assert!(
        is_lower('\u{2170}') && is_lower('\u{AA}') && !is_lower('\u{1C5}') && is_title('\u{1C5}')
    );
    assert!(is_xid_start('\u{2118}') && !is_xid_start('2') && is_xid_continue('\u{B7}'));
}

use super::super::tables::UNICODE_VERSION as UNICODE_VERSION_STR;
