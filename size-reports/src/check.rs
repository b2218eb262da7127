//! `cargo xtask size --check`: a dist/'s record against the last history row and the budgets.
//! It fails when bytes to first print grew by the growth rule's step or more without a
//! `[[step]]` allowance, or when anything is over its ceiling; either way it prints the same
//! table of what grew and by how much.

use crate::budget::Budget;
use crate::history::Row;
use crate::record::{FunctionSize, ModuleCode, SizeRecord, TOP_FUNCTIONS};
use std::collections::BTreeMap;
use std::fmt;

/// How many changed functions the report lists per wasm module, and how many of those that
/// entered or left the recorded largest.
const FUNCTION_CHANGES: usize = 8;
const FUNCTIONS_IN_OR_OUT: usize = 5;

/// The outcome: the table, and why it failed if it did.
#[derive(Debug)]
pub struct Report {
    /// The history row compared against, as "f82d41c (2025-11-26) subject"; `None` when the
    /// history has no rows.
    pub baseline: Option<String>,
    /// Bytes to first print, then each asset (brotli bytes).
    pub lines: Vec<Line>,
    /// Per wasm module, how its recorded largest functions changed.
    pub functions: Vec<FunctionChanges>,
    /// Each a sentence saying what is over which budget and what to do.
    pub failures: Vec<String>,
    pub notes: Vec<String>,
}

/// One row of the table.
#[derive(Debug)]
pub struct Line {
    pub what: String,
    pub before: Option<u64>,
    pub now: Option<u64>,
    pub limit: Option<u64>,
    pub failed: bool,
}

/// The recorded largest functions of one wasm module, before and now.
#[derive(Debug, PartialEq)]
pub struct FunctionChanges {
    pub module: String,
    /// `(name, before, now)` of functions in both records whose size changed, the largest
    /// changes first.
    pub changed: Vec<(String, u64, u64)>,
    /// Functions recorded now but not before (their earlier size was smaller or they are
    /// new), and the other way round; the largest first.
    pub entered: Vec<FunctionSize>,
    pub left: Vec<FunctionSize>,
}

impl Report {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Compares `now` with `baseline` (the last history row) under `budget`.
pub fn check(baseline: Option<&Row>, now: &SizeRecord, budget: &Budget) -> Report {
    let mut report = Report { baseline: None, lines: Vec::new(), functions: Vec::new(), failures: Vec::new(), notes: Vec::new() };
    let before = baseline.map(|r| &r.size);
    if let Some(row) = baseline {
        let date = row.date.get(..10).unwrap_or(&row.date);
        report.baseline = Some(format!("{} ({date}) {}", row.short_commit(), shorten(&row.subject, 72)));
    } else {
        report.notes.push("no size history yet (size-reports/history.jsonl has no rows): nothing to compare against, only the ceilings are checked; `cargo xtask size --record` adds the first row".into());
    }

    let mut first = Line { what: "bytes to first print".into(), before: before.map(|b| b.first_print), now: Some(now.first_print), limit: budget.first_print, failed: false };
    if let (Some(row), Some(old)) = (baseline, first.before) {
        if let Some(message) = growth_failure(row, old, now.first_print, budget, &mut report.notes) {
            first.failed = true;
            report.failures.push(message);
        }
    }
    if let Some(limit) = budget.first_print.filter(|&l| now.first_print > l) {
        first.failed = true;
        report.failures.push(format!(
            "bytes to first print is {}, over its ceiling of {} (size-budget.toml [first_print]); if that is wanted, raise `brotli` there and say why in its `reason`",
            thousands(now.first_print),
            thousands(limit)
        ));
    }
    report.lines.push(first);

    // The assets now, in the manifest's order, then those that are gone.
    let gone = before.into_iter().flat_map(|b| &b.assets).filter(|a| now.asset(&a.file).is_none());
    for file in now.assets.iter().map(|a| &a.file).chain(gone.map(|a| &a.file)) {
        let limit = budget.assets.get(file).copied();
        let size = now.asset(file).map(|a| a.brotli);
        let mut line = Line { what: file.clone(), before: before.and_then(|b| b.asset(file)).map(|a| a.brotli), now: size, limit, failed: false };
        if let (Some(size), Some(limit)) = (size, limit.filter(|&l| size.is_some_and(|s| s > l))) {
            line.failed = true;
            report.failures.push(format!(
                "{file} is {} brotli bytes, over its ceiling of {} (size-budget.toml [asset.\"{file}\"]); if that is wanted, raise `brotli` there and say why in its `reason`",
                thousands(size),
                thousands(limit)
            ));
        }
        report.lines.push(line);
    }
    for file in budget.assets.keys().filter(|f| now.asset(f).is_none()) {
        report.notes.push(format!("size-budget.toml has a ceiling for {file}, which this dist/ does not have"));
    }

    if let Some(before) = before {
        for m in &now.modules {
            if let Some(old) = before.module(&m.file) {
                let changes = function_changes(old, m);
                if !(changes.changed.is_empty() && changes.entered.is_empty() && changes.left.is_empty()) {
                    report.functions.push(changes);
                }
            }
        }
    }
    report
}

/// The failure message when bytes to first print grew by more than the budget lets it.
fn growth_failure(row: &Row, before: u64, now: u64, budget: &Budget, notes: &mut Vec<String>) -> Option<String> {
    let growth = now.checked_sub(before).filter(|&g| g > 0)?;
    let percent = if before == 0 { f64::INFINITY } else { growth as f64 * 100.0 / before as f64 };
    let grew = format!("bytes to first print grew by {} bytes ({percent:+.2}%) since {}", thousands(growth), row.short_commit());
    if let Some(step) = budget.step_from(&row.commit) {
        if growth <= step.first_print {
            notes.push(format!("{grew}, within the {} bytes size-budget.toml allows for this step: {}", thousands(step.first_print), step.reason));
            return None;
        }
        return Some(format!(
            "{grew}, more than the {} bytes size-budget.toml allows for this step ([[step]] from = \"{}\"); raise its `first_print` and say why",
            thousands(step.first_print),
            step.from
        ));
    }
    let rule = budget.growth;
    if growth < rule.bytes && percent < rule.percent {
        return None;
    }
    Some(format!(
        "{grew}; a step must stay under {} bytes and under {}%. If the growth is wanted, say why in size-budget.toml:\n\n    [[step]]\n    from = \"{}\"\n    first_print = {growth}\n    reason = \"…\"",
        thousands(rule.bytes),
        rule.percent,
        row.short_commit()
    ))
}

/// How the recorded largest functions of a module changed.
fn function_changes(before: &ModuleCode, now: &ModuleCode) -> FunctionChanges {
    let (old, new) = (sizes_by_name(before), sizes_by_name(now));
    let mut changed: Vec<(String, u64, u64)> =
        new.iter().filter_map(|(name, &n)| old.get(name).filter(|&&b| b != n).map(|&b| ((*name).to_owned(), b, n))).collect();
    changed.sort_by(|a, b| b.2.abs_diff(b.1).cmp(&a.2.abs_diff(a.1)).then_with(|| a.0.cmp(&b.0)));
    changed.truncate(FUNCTION_CHANGES);
    let only_in = |these: &BTreeMap<&str, u64>, others: &BTreeMap<&str, u64>| {
        let mut v: Vec<FunctionSize> = these.iter().filter(|(name, _)| !others.contains_key(*name)).map(|(name, &size)| FunctionSize(size, (*name).to_owned())).collect();
        v.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        v.truncate(FUNCTIONS_IN_OR_OUT);
        v
    };
    FunctionChanges { module: now.file.clone(), changed, entered: only_in(&new, &old), left: only_in(&old, &new) }
}

/// Several monomorphizations can share a demangled name: their sizes add up.
fn sizes_by_name(m: &ModuleCode) -> BTreeMap<&str, u64> {
    let mut map = BTreeMap::new();
    for f in &m.top {
        *map.entry(f.1.as_str()).or_default() += f.0;
    }
    map
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.baseline {
            Some(b) => writeln!(f, "size check against {b}")?,
            None => writeln!(f, "size check (no history row to compare against)")?,
        }
        let w = self.lines.iter().map(|l| l.what.len() + 2).max().unwrap_or(0).max(20);
        writeln!(f, "{:<w$}  {:>10}  {:>10}  {:>18}  {:>10}", "brotli bytes", "before", "now", "change", "ceiling")?;
        for (i, l) in self.lines.iter().enumerate() {
            let what = if i == 0 { l.what.clone() } else { format!("  {}", l.what) };
            let change = match (l.before, l.now) {
                (Some(b), Some(n)) => change(b, n),
                (None, Some(_)) if self.baseline.is_some() => "new".into(),
                (Some(_), None) => "gone".into(),
                _ => String::new(),
            };
            let mark = if l.failed { "  FAIL" } else { "" };
            writeln!(f, "{what:<w$}  {:>10}  {:>10}  {change:>18}  {:>10}{mark}", opt(l.before), opt(l.now), opt(l.limit))?;
        }
        for m in &self.functions {
            writeln!(f, "\n{}: the largest functions, before -> now", m.module)?;
            for (name, before, now) in &m.changed {
                writeln!(f, "  {:>9} -> {:>9}  {:>18}  {}", thousands(*before), thousands(*now), change(*before, *now), shorten(name, 100))?;
            }
            for e in &m.entered {
                writeln!(f, "  {:>9} -> {:>9}  {:>18}  {}", "-", thousands(e.0), format!("into the top {TOP_FUNCTIONS}"), shorten(&e.1, 100))?;
            }
            for l in &m.left {
                writeln!(f, "  {:>9} -> {:>9}  {:>18}  {}", thousands(l.0), "-", format!("out of the top {TOP_FUNCTIONS}"), shorten(&l.1, 100))?;
            }
        }
        for n in &self.notes {
            writeln!(f, "\nnote: {n}")?;
        }
        for failure in &self.failures {
            writeln!(f, "\nFAIL: {failure}")?;
        }
        if self.passed() {
            writeln!(f, "\nsize check passed")?;
        } else {
            writeln!(f, "\nsize check failed: {} problem(s) above", self.failures.len())?;
        }
        Ok(())
    }
}

/// `+2,154 (+0.47%)`, `-12 (-0.01%)` or `0`.
fn change(before: u64, now: u64) -> String {
    if before == now {
        return "0".into();
    }
    let sign = if now > before { '+' } else { '-' };
    let d = now.abs_diff(before);
    if before == 0 {
        return format!("{sign}{}", thousands(d));
    }
    format!("{sign}{} ({sign}{:.2}%)", thousands(d), d as f64 * 100.0 / before as f64)
}

fn opt(n: Option<u64>) -> String {
    n.map(thousands).unwrap_or_else(|| "-".into())
}

/// `12345` → `12,345`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        s.chars().take(max - 1).collect::<String>() + "…"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_signed_with_percent() {
        assert_eq!(change(455_946, 458_100), "+2,154 (+0.47%)");
        assert_eq!(change(1000, 990), "-10 (-1.00%)");
        assert_eq!(change(7, 7), "0");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn function_changes_put_the_largest_first() {
        let m = |top: &[(u64, &str)]| ModuleCode { file: "m.wasm".into(), functions: 9, code_bytes: 9, top: top.iter().map(|&(b, n)| FunctionSize(b, n.into())).collect() };
        let before = m(&[(500, "run"), (300, "new"), (100, "same")]);
        let now = m(&[(520, "run"), (200, "new"), (150, "fresh"), (100, "same")]);
        let c = function_changes(&before, &now);
        assert_eq!(c.changed, [("new".into(), 300, 200), ("run".into(), 500, 520)]);
        assert_eq!(c.entered, [FunctionSize(150, "fresh".into())]);
        assert!(c.left.is_empty());
        assert_eq!(function_changes(&now, &before).left, [FunctionSize(150, "fresh".into())]);
    }
}
