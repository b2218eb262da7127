//! A short unified diff of expected vs actual output, for failure reports.

/// Lines of context around each change.
const CONTEXT: usize = 3;
/// Above this many cells the line-level LCS is skipped and the differing middle is shown as
/// one block removed and one block added.
const MAX_LCS_CELLS: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// A unified diff (`-` expected, `+` actual) showing at most `max_changes` changed lines.
/// Empty when the texts are equal.
pub fn unified(expected: &str, actual: &str, max_changes: usize) -> String {
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = actual.split_inclusive('\n').collect();
    let script = edit_script(&old, &new);
    // Each entry: (op, line text, old line index, new line index) — indices before the line.
    let mut rows = Vec::with_capacity(script.len());
    let (mut i, mut j) = (0, 0);
    for op in script {
        match op {
            Op::Same => {
                rows.push((op, old[i], i, j));
                i += 1;
                j += 1;
            }
            Op::Removed => {
                rows.push((op, old[i], i, j));
                i += 1;
            }
            Op::Added => {
                rows.push((op, new[j], i, j));
                j += 1;
            }
        }
    }
    let changed: Vec<usize> = rows.iter().enumerate().filter(|(_, r)| r.0 != Op::Same).map(|(k, _)| k).collect();
    let mut out = String::new();
    let mut shown = 0;
    let mut k = 0;
    while k < changed.len() && shown < max_changes {
        // A hunk: changes closer than 2*CONTEXT lines apart share their context.
        let start = changed[k].saturating_sub(CONTEXT);
        let mut last = changed[k];
        while k < changed.len() && changed[k] <= last + 2 * CONTEXT && shown < max_changes {
            last = changed[k];
            shown += 1;
            k += 1;
        }
        // Trailing context: unchanged lines only (a cut-off change is not shown as context).
        let mut end = last + 1;
        while end < rows.len() && end <= last + CONTEXT && rows[end].0 == Op::Same {
            end += 1;
        }
        let (old_start, new_start) = (rows[start].2, rows[start].3);
        let old_len = rows[start..end].iter().filter(|r| r.0 != Op::Added).count();
        let new_len = rows[start..end].iter().filter(|r| r.0 != Op::Removed).count();
        out.push_str(&format!("@@ -{},{old_len} +{},{new_len} @@\n", old_start + 1, new_start + 1));
        for &(op, text, _, _) in &rows[start..end] {
            out.push(match op {
                Op::Same => ' ',
                Op::Removed => '-',
                Op::Added => '+',
            });
            match text.strip_suffix('\n') {
                Some(text) => out.push_str(text),
                None => {
                    out.push_str(text);
                    out.push_str("\n\\ No newline at end of output");
                }
            }
            out.push('\n');
        }
    }
    if changed.len() > shown {
        out.push_str(&format!("... and {} more changed line(s)\n", changed.len() - shown));
    }
    out
}

fn edit_script(old: &[&str], new: &[&str]) -> Vec<Op> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..].iter().rev().zip(new[prefix..].iter().rev()).take_while(|(a, b)| a == b).count();
    let (a, b) = (&old[prefix..old.len() - suffix], &new[prefix..new.len() - suffix]);
    let mut script = vec![Op::Same; prefix];
    if (a.len() + 1).saturating_mul(b.len() + 1) <= MAX_LCS_CELLS {
        script.extend(lcs_script(a, b));
    } else {
        script.extend(std::iter::repeat_n(Op::Removed, a.len()));
        script.extend(std::iter::repeat_n(Op::Added, b.len()));
    }
    script.extend(std::iter::repeat_n(Op::Same, suffix));
    script
}

/// Longest-common-subsequence edit script (removals before additions at each point).
fn lcs_script(a: &[&str], b: &[&str]) -> Vec<Op> {
    let w = b.len() + 1;
    // table[i*w + j]: LCS length of a[i..] and b[j..].
    let mut table = vec![0u32; (a.len() + 1) * w];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i * w + j] = if a[i] == b[j] { table[(i + 1) * w + j + 1] + 1 } else { table[(i + 1) * w + j].max(table[i * w + j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut script = Vec::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            script.push(Op::Same);
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || table[(i + 1) * w + j] >= table[i * w + j + 1]) {
            script.push(Op::Removed);
            i += 1;
        } else {
            script.push(Op::Added);
            j += 1;
        }
    }
    script
}

#[test]
fn diff_shows_changes_with_context() {
    let d = unified("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nD\ne\nf\ng\nh\n", 20);
    assert_eq!(d, "@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n");
    assert_eq!(unified("same\n", "same\n", 20), "");
    let d = unified("x\n", "x", 20);
    assert_eq!(d, "@@ -1,1 +1,1 @@\n-x\n+x\n\\ No newline at end of output\n");
    let d = unified("1\n2\n3\n", "", 2);
    assert_eq!(d, "@@ -1,2 +1,0 @@\n-1\n-2\n... and 1 more changed line(s)\n");
}
