//! Size records of a `dist/`, their history (one JSON line per commit in
//! `size-reports/history.jsonl`), the budgets in `size-budget.toml`, and the check that holds
//! a new dist/ to both. `cargo xtask size --record | --check` drives it (see the README's
//! "Size history"). The speed figures of `cargo xtask bench --record` (`speed`) go into the
//! same rows, and `dashboard` draws them all as one static HTML page.

pub mod budget;
pub mod check;
pub mod dashboard;
pub mod history;
pub mod record;
pub mod speed;
mod svg;

pub use budget::Budget;
pub use check::{check, Report};
pub use history::{History, Recorded, Row};
pub use record::SizeRecord;

/// The history file, relative to the repository root.
pub const HISTORY_FILE: &str = "size-reports/history.jsonl";
/// The budget file, relative to the repository root.
pub const BUDGET_FILE: &str = "size-budget.toml";
