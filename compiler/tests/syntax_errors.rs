//! SyntaxError messages and positions against CPython 3.11, from the table in
//! `tests/data/syntax_errors.tsv` (regenerate with `tests/tools/gen_syntax_errors.py`).

use pygmy_compiler::{compile, CompileOptions, Mode};

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('\\') => out.push('\\'),
                Some(o) => {
                    out.push('\\');
                    out.push(o);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn syntax_errors_match_cpython() {
    let table = include_str!("data/syntax_errors.tsv");
    let mut failures = Vec::new();
    let mut n = 0;
    for row in table.lines() {
        let f: Vec<&str> = row.split('\t').collect();
        assert_eq!(f.len(), 7, "bad row {row:?}");
        let (kind, line, col, msg, src) = (f[0], f[1], f[2], unescape(f[5]), unescape(f[6]));
        let line: u32 = line.parse().unwrap();
        let col: i64 = col.parse().unwrap();
        n += 1;
        match compile(&src, "<test>", Mode::Exec, &CompileOptions::default()) {
            Ok(_) => failures.push(format!("{src:?}: compiled; CPython: {kind}: {msg}")),
            Err(e) => {
                let got_col = e.col as i64;
                let want_col = col.max(0);
                if e.kind.name() != kind || e.message != msg || e.line != line || got_col != want_col {
                    failures.push(format!(
                        "{src:?}\n    CPython: {kind}: {msg} ({line}:{col})\n    pygmy:   {}: {} ({}:{})",
                        e.kind.name(),
                        e.message,
                        e.line,
                        e.col
                    ));
                }
            }
        }
    }
    if !failures.is_empty() {
        panic!("{} of {n} syntax errors differ from CPython:\n{}", failures.len(), failures.join("\n"));
    }
}

#[test]
fn format_matches_traceback_module() {
    let e = compile("x = 1\nif x\n  pass\n", "x.py", Mode::Exec, &CompileOptions::default()).unwrap_err();
    assert_eq!(e.format(), "  File \"x.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n");
    let e = compile("def f():\n    x = 1\n    return = 2\n", "x.py", Mode::Exec, &CompileOptions::default()).unwrap_err();
    assert_eq!(e.format(), "  File \"x.py\", line 3\n    return = 2\n           ^\nSyntaxError: invalid syntax\n");
}
