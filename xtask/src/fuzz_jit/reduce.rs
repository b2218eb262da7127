//! A statement-deleting reducer for the fuzzer's programs: it deletes whole statements (a line
//! with the lines indented under it and its `else`/`except`/... clauses) while the program
//! keeps diverging, so a divergence found in a few hundred generated lines becomes a test of a
//! few dozen. It knows Python only by indentation, which is all the generator's output needs
//! (one statement per line, 4-space blocks): a deletion that breaks the syntax just fails the
//! check (every mode prints the same SyntaxError) and is not kept.

use anyhow::Result;
use std::collections::{HashMap, HashSet};

/// One deletable statement: lines `start..end` (its header line, the lines indented deeper,
/// and the clauses that continue it), the statement it sits in, and its indentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Unit {
    start: usize,
    end: usize,
    parent: Option<usize>,
    indent: usize,
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// Lines that continue the statement above them at the same indentation.
fn is_clause(line: &str) -> bool {
    let t = line.trim_start();
    ["else:", "elif ", "except:", "except ", "finally:"].iter().any(|k| t.starts_with(k))
}

/// The statements of `lines` in document order (a statement before the ones inside it).
fn units(lines: &[String]) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    // Units whose bodies may still grow, innermost last.
    let mut open: Vec<usize> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if is_blank(line) {
            continue;
        }
        let indent = indent_of(line);
        while let Some(&u) = open.last() {
            let o = out[u];
            if indent > o.indent || (indent == o.indent && is_clause(line)) {
                break;
            }
            open.pop();
        }
        if is_clause(line) {
            // Part of the statement it continues: that statement grows, no unit of its own.
            if let Some(&u) = open.last() {
                if out[u].indent == indent {
                    for &v in &open {
                        out[v].end = i + 1;
                    }
                    continue;
                }
            }
        }
        for &v in &open {
            out[v].end = i + 1;
        }
        out.push(Unit { start: i, end: i + 1, parent: open.last().copied(), indent });
        open.push(out.len() - 1);
    }
    out
}

/// `lines` without `start..end`; a block left with no statement gets a `pass`.
fn delete(lines: &[String], start: usize, end: usize) -> Vec<String> {
    let mut out: Vec<String> = lines[..start].to_vec();
    let indent = lines.get(start).map_or(0, |l| indent_of(l));
    let header = out.iter().rev().find(|l| !is_blank(l));
    let next = lines[end..].iter().find(|l| !is_blank(l));
    let opens_block = header.is_some_and(|h| h.trim_end().ends_with(':') && indent_of(h) < indent);
    let body_left = next.is_some_and(|n| indent_of(n) >= indent && !(indent_of(n) == indent && is_clause(n)));
    if opens_block && !body_left {
        out.push(format!("{}pass", " ".repeat(indent)));
    }
    out.extend_from_slice(&lines[end..]);
    out
}

/// Deletes statements from `source` while `keeps(candidate)` says the candidate still shows
/// what `source` shows; returns the smallest program found. A round tries, outer statements
/// before the ones inside them, every group of 16, 8, 4 and 2 consecutive siblings (in lists
/// longer than the group) and then every single statement; rounds repeat until one deletes
/// nothing. `on_check(lines, checks)` follows the progress.
pub fn reduce(source: &str, keeps: &mut dyn FnMut(&str) -> Result<bool>, on_check: &mut dyn FnMut(usize, usize)) -> Result<String> {
    let mut lines: Vec<String> = source.lines().map(str::to_owned).collect();
    let text = |lines: &[String]| lines.join("\n") + "\n";
    // Candidates already refused: the same text is not run twice.
    let mut refused: HashSet<String> = HashSet::new();
    let mut checks = 0;
    // `sizes`: the candidate's lines and the current program's.
    let mut check = |candidate: &str, refused: &mut HashSet<String>, sizes: (usize, usize)| -> Result<bool> {
        if refused.contains(candidate) {
            return Ok(false);
        }
        checks += 1;
        let ok = keeps(candidate)?;
        if !ok {
            refused.insert(candidate.to_owned());
        }
        on_check(if ok { sizes.0 } else { sizes.1 }, checks);
        Ok(ok)
    };
    // Blank lines and comments first, in one go.
    let stripped: Vec<String> = lines.iter().filter(|l| !is_blank(l)).cloned().collect();
    if stripped.len() < lines.len() && check(&text(&stripped), &mut refused, (stripped.len(), lines.len()))? {
        lines = stripped;
    }
    loop {
        let mut progress = false;
        for chunk in [16, 8, 4, 2, 1] {
            // Groups start at the siblings whose index is a multiple of `chunk`; `cursor` is the
            // first line not yet tried.
            let mut cursor = 0;
            loop {
                let all = units(&lines);
                let (index, count) = sibling_indices(&all);
                let Some(k) = (0..all.len()).find(|&k| all[k].start >= cursor && index[k] % chunk == 0 && (chunk == 1 || count[k] > chunk)) else { break };
                let first = all[k];
                let end = all[k..].iter().filter(|u| u.parent == first.parent).take(chunk).last().map_or(first.end, |u| u.end);
                let candidate = delete(&lines, first.start, end);
                // A lone `pass` "deleted" gives the same program back.
                if candidate != lines && check(&text(&candidate), &mut refused, (candidate.len(), lines.len()))? {
                    lines = candidate;
                    progress = true;
                    continue;
                }
                // A `try`, `if` or `with` that must stay may only need its body.
                if let Some(candidate) = (chunk == 1).then(|| unwrap(&lines, first)).flatten() {
                    if check(&text(&candidate), &mut refused, (candidate.len(), lines.len()))? {
                        lines = candidate;
                        progress = true;
                        continue;
                    }
                }
                cursor = first.start + 1;
            }
        }
        if !progress {
            break;
        }
    }
    Ok(text(&lines))
}

/// `lines` with the `try:`, `if …:` or `with …:` statement `u` replaced by its first block
/// (dedented; its `else`/`except`/`finally` clauses dropped).
fn unwrap(lines: &[String], u: Unit) -> Option<Vec<String>> {
    let header = lines[u.start].trim();
    if !header.ends_with(':') || !["try:", "if ", "with "].iter().any(|k| header.starts_with(k)) {
        return None;
    }
    let body_end = (u.start + 1..u.end).find(|&i| indent_of(&lines[i]) == u.indent && is_clause(&lines[i])).unwrap_or(u.end);
    let body = &lines[u.start + 1..body_end];
    let inner = body.iter().filter(|l| !is_blank(l)).map(|l| indent_of(l)).min()?;
    let mut out: Vec<String> = lines[..u.start].to_vec();
    out.extend(body.iter().map(|l| if is_blank(l) { l.clone() } else { format!("{}{}", " ".repeat(u.indent), &l[inner..]) }));
    out.extend_from_slice(&lines[u.end..]);
    Some(out)
}

/// Each unit's position among its parent's units, and how many units that parent has.
fn sibling_indices(all: &[Unit]) -> (Vec<usize>, Vec<usize>) {
    let mut seen: HashMap<Option<usize>, usize> = HashMap::new();
    let index: Vec<usize> = all
        .iter()
        .map(|u| {
            let n = seen.entry(u.parent).or_insert(0);
            *n += 1;
            *n - 1
        })
        .collect();
    let count = all.iter().map(|u| seen[&u.parent]).collect();
    (index, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(str::to_owned).collect()
    }

    #[test]
    fn units_nest_by_indentation_and_keep_clauses() {
        let src = lines("a = 1\nif a:\n    b = 2\n    c = 3\nelse:\n    d = 4\ne = 5\n");
        let u = units(&src);
        let spans: Vec<(usize, usize, Option<usize>)> = u.iter().map(|u| (u.start, u.end, u.parent)).collect();
        assert_eq!(spans, vec![(0, 1, None), (1, 6, None), (2, 3, Some(1)), (3, 4, Some(1)), (5, 6, Some(1)), (6, 7, None)]);
    }

    #[test]
    fn deleting_the_last_statement_of_a_block_leaves_pass() {
        let src = lines("def f():\n    x = 1\nprint(1)\n");
        assert_eq!(delete(&src, 1, 2), lines("def f():\n    pass\nprint(1)\n"));
        let src = lines("if a:\n    x = 1\nelse:\n    y = 2\n");
        assert_eq!(delete(&src, 1, 2), lines("if a:\n    pass\nelse:\n    y = 2\n"));
        let src = lines("if a:\n    x = 1\n    y = 2\n");
        assert_eq!(delete(&src, 1, 2), lines("if a:\n    y = 2\n"));
    }

    #[test]
    fn unwrapping_keeps_the_first_block_dedented() {
        let src = lines("x = 0\ntry:\n    if a:\n        y = 1\nexcept E:\n    z = 2\nprint(y)\n");
        let u = units(&src);
        assert_eq!(unwrap(&src, u[1]), Some(lines("x = 0\nif a:\n    y = 1\nprint(y)\n")));
        assert_eq!(unwrap(&src, u[2]), Some(lines("x = 0\ntry:\n    y = 1\nexcept E:\n    z = 2\nprint(y)\n")));
        assert_eq!(unwrap(&src, u[0]), None);
    }

    #[test]
    fn reduce_keeps_only_what_the_check_needs() {
        let src = "import x\ndef f():\n    a = 1\n    b = 2\n    if a:\n        c = 3\n    return a\nprint(f())\n";
        let mut keeps = |s: &str| Ok(s.contains("c = 3") && s.contains("print"));
        let out = reduce(src, &mut keeps, &mut |_, _| {}).unwrap();
        assert_eq!(out, "def f():\n    c = 3\nprint(f())\n");
        // A block whose only statement is `pass` stays as it is (and the reduction ends).
        let src = "if a:\n    pass\nprint(1)\n";
        let out = reduce(src, &mut |s: &str| Ok(s.contains("print")), &mut |_, _| {}).unwrap();
        assert_eq!(out, "print(1)\n");
        let out = reduce(src, &mut |s: &str| Ok(s.contains("if a")), &mut |_, _| {}).unwrap();
        assert_eq!(out, "if a:\n    pass\n");
    }
}
