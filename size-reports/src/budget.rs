//! `size-budget.toml`: what `cargo xtask size --check` holds a dist/ to.
//!
//! - `[growth]`: the step bytes to first print may take from the last history row; growth of
//!   `bytes` or more, or of `percent` or more, fails. Without the table: 2048 bytes and 1 %.
//! - `[first_print]` and `[asset."<file without hash>"]`: ceilings in brotli bytes.
//! - `[[step]]`: a one-off allowance, `first_print` bytes of growth from the history row of
//!   commit `from`; it stops applying once a newer row is recorded.
//!
//! Every entry carries `reason = "…"`: a budget is a decision, and the file is where its why
//! is kept. An entry without one is an error, so a limit is never raised silently.

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The growth rule when `[growth]` is absent (issue 6: "≥ 2 KB (or ≥ 1 %)").
pub const DEFAULT_GROWTH: Growth = Growth { bytes: 2048, percent: 1.0 };

/// The parsed budget file.
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    pub growth: Growth,
    /// Ceiling on bytes to first print (brotli).
    pub first_print: Option<u64>,
    /// Ceilings on assets' brotli bytes, by file name without hash.
    pub assets: BTreeMap<String, u64>,
    pub steps: Vec<Step>,
}

/// Growth of bytes to first print at or above either figure fails.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Growth {
    pub bytes: u64,
    pub percent: f64,
}

/// A one-off allowance for the step from one history row.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// A commit id or prefix (≥ 7 hex digits) of the history row the step starts from.
    pub from: String,
    /// Growth of bytes to first print allowed for this step.
    pub first_print: u64,
    pub reason: String,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget { growth: DEFAULT_GROWTH, first_print: None, assets: BTreeMap::new(), steps: Vec::new() }
    }
}

impl Budget {
    /// Reads the budget file; `Ok(None)` when there is none.
    pub fn load(path: &Path) -> Result<Option<Budget>> {
        match std::fs::read_to_string(path) {
            Ok(text) => Budget::parse(&text).with_context(|| format!("in {}", path.display())).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    pub fn parse(text: &str) -> Result<Budget> {
        let file: BudgetFile = toml::from_str(text)?;
        let mut unexplained = Vec::new();
        let mut need_reason = |entry: String, reason: &Option<String>| {
            if reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                unexplained.push(entry);
            }
        };
        let mut budget = Budget::default();
        if let Some(g) = &file.growth {
            need_reason("[growth]".into(), &g.reason);
            budget.growth = Growth { bytes: g.bytes.unwrap_or(DEFAULT_GROWTH.bytes), percent: g.percent.unwrap_or(DEFAULT_GROWTH.percent) };
            if budget.growth.bytes == 0 || budget.growth.percent.is_nan() || budget.growth.percent <= 0.0 {
                bail!("[growth]: bytes and percent must be above zero (growth at or above them fails)");
            }
        }
        if let Some(l) = &file.first_print {
            need_reason("[first_print]".into(), &l.reason);
            budget.first_print = Some(l.brotli);
        }
        for (name, l) in &file.asset {
            need_reason(format!("[asset.\"{name}\"]"), &l.reason);
            budget.assets.insert(name.clone(), l.brotli);
        }
        for s in &file.step {
            need_reason(format!("[[step]] from = \"{}\"", s.from), &s.reason);
            if s.from.len() < 7 || !s.from.bytes().all(|b| b.is_ascii_hexdigit()) {
                bail!("[[step]] from = \"{}\": expected a commit id (at least 7 hex digits) of a history row", s.from);
            }
            budget.steps.push(Step { from: s.from.to_ascii_lowercase(), first_print: s.first_print, reason: s.reason.clone().unwrap_or_default() });
        }
        if !unexplained.is_empty() {
            bail!("{} without a reason: add `reason = \"…\"` saying why the limit is what it is", unexplained.join(", "));
        }
        Ok(budget)
    }

    /// The allowance for the step from the history row of `commit` (a full id), if any; the
    /// largest when several match.
    pub fn step_from(&self, commit: &str) -> Option<&Step> {
        self.steps.iter().filter(|s| commit.starts_with(&s.from)).max_by_key(|s| s.first_print)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BudgetFile {
    growth: Option<GrowthEntry>,
    first_print: Option<LimitEntry>,
    #[serde(default)]
    asset: BTreeMap<String, LimitEntry>,
    #[serde(default)]
    step: Vec<StepEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GrowthEntry {
    bytes: Option<u64>,
    percent: Option<f64>,
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LimitEntry {
    brotli: u64,
    reason: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepEntry {
    from: String,
    first_print: u64,
    reason: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_is_the_default_growth_rule() {
        assert_eq!(Budget::parse("").unwrap(), Budget::default());
    }

    #[test]
    fn entries_parse_with_their_reasons() {
        let b = Budget::parse(
            r#"
            [growth]
            bytes = 4096
            reason = "r"
            [first_print]
            brotli = 460000
            reason = "r"
            [asset."pygmy-vm.wasm"]
            brotli = 455000
            reason = "r"
            [[step]]
            from = "F82D41C"
            first_print = 30000
            reason = "unicodedata back in the core"
            "#,
        )
        .unwrap();
        assert_eq!(b.growth, Growth { bytes: 4096, percent: 1.0 });
        assert_eq!(b.first_print, Some(460000));
        assert_eq!(b.assets["pygmy-vm.wasm"], 455000);
        assert_eq!(b.step_from("f82d41c0123").map(|s| s.first_print), Some(30000));
        assert_eq!(b.step_from("0f82d41c"), None);
    }

    #[test]
    fn every_entry_without_a_reason_is_named() {
        let err = Budget::parse("[first_print]\nbrotli = 1\n[asset.\"a.wasm\"]\nbrotli = 1\nreason = \" \"\n").unwrap_err().to_string();
        assert!(err.contains("[first_print], [asset.\"a.wasm\"] without a reason"), "{err}");
    }

    #[test]
    fn typos_are_errors_not_ignored() {
        assert!(Budget::parse("[first_print]\nbrottli = 1\nreason = \"r\"\n").is_err());
        assert!(Budget::parse("[[step]]\nfrom = \"head\"\nfirst_print = 1\nreason = \"r\"\n").is_err());
    }
}
