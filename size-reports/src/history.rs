//! `size-reports/history.jsonl`: one JSON line per commit, oldest first: the commit, its date
//! and subject, and its figures. `cargo xtask size --record` writes the `size` part,
//! `cargo xtask bench --record` the `warmup`, `startup` and `bench` parts beside it in the same
//! row; a rewrite of the file keeps fields this code does not know.

use crate::record::SizeRecord;
use crate::speed::{BenchRecord, StartupRecord, WarmupRecord};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One commit's row.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Row {
    /// The full commit id.
    pub commit: String,
    /// The committer date, ISO 8601 (`git log --format=%cI`).
    pub date: String,
    pub subject: String,
    pub size: SizeRecord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warmup: Option<WarmupRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub startup: Option<StartupRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bench: Option<BenchRecord>,
    /// Fields written by other tools, kept as they are.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl Row {
    /// A row with size figures only (what `cargo xtask size --record` adds).
    pub fn new(commit: String, date: String, subject: String, size: SizeRecord) -> Row {
        Row { commit, date, subject, size, warmup: None, startup: None, bench: None, other: Default::default() }
    }

    /// The abbreviated commit id people read in tables (the first 7 hex digits, as git prints).
    pub fn short_commit(&self) -> &str {
        self.commit.get(..7).unwrap_or(&self.commit)
    }
}

/// The rows of the history file, oldest first.
#[derive(Clone, Debug, Default)]
pub struct History {
    pub rows: Vec<Row>,
}

/// What [`History::record`] did.
#[derive(Debug)]
pub enum Recorded {
    Appended,
    /// The commit had a row already; its size figures (these) were replaced, the rest kept.
    Replaced(SizeRecord),
}

impl History {
    /// Reads the history file; a missing file is an empty history.
    pub fn load(path: &Path) -> Result<History> {
        match std::fs::read_to_string(path) {
            Ok(text) => History::parse(&text).with_context(|| format!("reading {}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(History::default()),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// Parses JSON lines; blank lines are skipped.
    pub fn parse(text: &str) -> Result<History> {
        let mut rows = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            rows.push(serde_json::from_str(line).with_context(|| format!("line {} is not a history row", i + 1))?);
        }
        Ok(History { rows })
    }

    /// The file's text: one compact JSON object per line.
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for row in &self.rows {
            out += &serde_json::to_string(row).expect("history rows serialize");
            out.push('\n');
        }
        out
    }

    pub fn last(&self) -> Option<&Row> {
        self.rows.last()
    }

    /// Adds `row` at the end, or, when its commit has a row already, puts `row.size` into that
    /// row where it stands (one row per commit; other figures of the old row are kept).
    pub fn record(&mut self, row: Row) -> Recorded {
        match self.rows.iter_mut().find(|r| r.commit == row.commit) {
            Some(old) => {
                old.date = row.date;
                old.subject = row.subject;
                Recorded::Replaced(std::mem::replace(&mut old.size, row.size))
            }
            None => {
                self.rows.push(row);
                Recorded::Appended
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(commit: &str, first_print: u64) -> Row {
        Row::new(commit.into(), "2025-01-01T00:00:00+00:00".into(), "s".into(), SizeRecord { first_print, first_print_files: vec![], assets: vec![], modules: vec![] })
    }

    #[test]
    fn a_second_record_for_a_commit_replaces_its_size_and_keeps_other_fields() {
        let mut h = History::default();
        assert!(matches!(h.record(row("aaaaaaa1", 10)), Recorded::Appended));
        assert!(matches!(h.record(row("bbbbbbb2", 20)), Recorded::Appended));
        h.rows[0].other.insert("energy".into(), serde_json::json!({ "runs": [1, 2] }));
        match h.record(row("aaaaaaa1", 11)) {
            Recorded::Replaced(old) => assert_eq!(old.first_print, 10),
            r => panic!("{r:?}"),
        }
        assert_eq!(h.rows.len(), 2);
        assert_eq!(h.rows[0].size.first_print, 11);
        let back = History::parse(&h.to_jsonl()).unwrap();
        assert_eq!(back.rows[0].other["energy"]["runs"][1], 2);
        assert_eq!(back.last().unwrap().commit, "bbbbbbb2");
        assert_eq!(h.to_jsonl().lines().count(), 2);
    }

    #[test]
    fn a_bad_line_is_reported_by_number() {
        let text = History { rows: vec![row("aaaaaaa1", 1)] }.to_jsonl() + "\n{oops\n";
        let err = format!("{:#}", History::parse(&text).unwrap_err());
        assert!(err.contains("line 3"), "{err}");
    }
}
