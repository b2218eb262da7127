//! `tests/known-failures.toml`: the tests pygmy is known to fail, each with a reason.
//!
//! The file is a small subset of TOML, read and written here without a TOML crate:
//! comments, a `[tests]` table, and `"area/name" = "reason"` lines with basic strings.
//! Anything else is an error naming the line, so the file cannot silently mean something else.

use std::collections::BTreeMap;
use std::path::Path;

pub const HEADER: &str = "\
# Tests in tests/py that pygmy is known to fail: \"area/name\" = \"reason\".
# The conformance run (cargo test -p packer --test conformance) expects each listed test to
# fail, and fails if one passes: then remove its line. Regenerate from the current build with
#   PYGMY_UPDATE_KNOWN_FAILURES=1 cargo test -p packer --test conformance
# which keeps written reasons, gives new entries \"TODO: triage (what went wrong)\", and drops
# other comments.
";

/// Test name → reason.
pub type KnownFailures = BTreeMap<String, String>;

/// Reads the file; a missing file is an empty list.
pub fn load(path: &Path) -> Result<KnownFailures, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(KnownFailures::new()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

pub fn parse(text: &str) -> Result<KnownFailures, String> {
    let mut entries = KnownFailures::new();
    let mut in_tests = false;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(table) = line.strip_prefix('[') {
            let table = strip_comment(table).trim_end();
            let Some(table) = table.strip_suffix(']') else {
                return Err(format!("line {line_no}: bad table header"));
            };
            if table.trim() != "tests" {
                return Err(format!("line {line_no}: unknown table [{table}] (only [tests] is allowed)"));
            }
            in_tests = true;
            continue;
        }
        if !in_tests {
            return Err(format!("line {line_no}: entries must come after a [tests] header"));
        }
        let (key, rest) = basic_string(line).map_err(|e| format!("line {line_no}: key: {e}"))?;
        let rest = rest.trim_start();
        let Some(rest) = rest.strip_prefix('=') else {
            return Err(format!("line {line_no}: expected `\"area/name\" = \"reason\"`"));
        };
        let (reason, rest) = basic_string(rest.trim_start()).map_err(|e| format!("line {line_no}: value: {e}"))?;
        if !strip_comment(rest).trim().is_empty() {
            return Err(format!("line {line_no}: unexpected text after the reason"));
        }
        if entries.insert(key.clone(), reason).is_some() {
            return Err(format!("line {line_no}: {key:?} is listed twice"));
        }
    }
    Ok(entries)
}

fn strip_comment(s: &str) -> &str {
    s.split_once('#').map_or(s, |(before, _)| before)
}

/// Parses a TOML basic string at the start of `s`; returns it and the text after it.
fn basic_string(s: &str) -> Result<(String, &str), String> {
    let Some(body) = s.strip_prefix('"') else {
        return Err("expected a double-quoted string".into());
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Ok((out, &body[i + 1..])),
            '\\' => match chars.next().map(|(_, c)| c) {
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some(u @ ('u' | 'U')) => {
                    let len = if u == 'u' { 4 } else { 8 };
                    let hex: String = chars.by_ref().take(len).map(|(_, c)| c).collect();
                    let code = u32::from_str_radix(&hex, 16).ok().filter(|_| hex.len() == len);
                    out.push(code.and_then(char::from_u32).ok_or_else(|| format!("bad escape \\{u}{hex}"))?);
                }
                Some(other) => return Err(format!("unsupported escape \\{other}")),
                None => break,
            },
            c if c.is_control() && c != '\t' => return Err("control character in string".into()),
            c => out.push(c),
        }
    }
    Err("unterminated string".into())
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn render(entries: &KnownFailures) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\n[tests]\n");
    for (name, reason) in entries {
        out.push_str(&format!("{} = {}\n", quote(name), quote(reason)));
    }
    out
}

/// Writes the file through a temporary file and a rename.
pub fn store(path: &Path, entries: &KnownFailures) -> Result<(), String> {
    let tmp = path.with_extension(format!("toml.tmp{}", std::process::id()));
    std::fs::write(&tmp, render(entries)).map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("renaming {} to {}: {e}", tmp.display(), path.display())
    })
}

#[test]
fn render_then_parse_is_identity() {
    let mut entries = KnownFailures::new();
    entries.insert("area/name".into(), "TODO: triage".into());
    entries.insert("strings/q".into(), "quotes \" and \\ and \u{1} # not a comment".into());
    assert_eq!(parse(&render(&entries)), Ok(entries));
}

#[test]
fn parse_reports_the_line() {
    assert_eq!(parse("[tests]\n\"a/b\" = \"x\" # why\n").map(|e| e.len()), Ok(1));
    assert!(parse("\"a/b\" = \"x\"\n").unwrap_err().contains("line 1"));
    assert!(parse("[other]\n").unwrap_err().contains("unknown table"));
    assert!(parse("[tests]\n\"a/b\" = \"x\"\n\"a/b\" = \"y\"\n").unwrap_err().contains("line 3"));
    assert!(parse("[tests]\na/b = \"x\"\n").unwrap_err().contains("line 2"));
}
