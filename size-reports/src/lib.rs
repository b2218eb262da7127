//! Size records of a `dist/`, their history (one JSON line per commit in
//! `size-reports/history.jsonl`), the budgets in `size-budget.toml`, and the check that holds
//! a new dist/ to both. `cargo xtask size --record | --check` drives it (see the README's
//! "Size history"). Warmup records and the dashboard (issue 6) are still to come; they go into
//! the same history rows.

pub mod budget;
pub mod check;
pub mod history;
pub mod record;

pub use budget::Budget;
pub use check::{check, Report};
pub use history::{History, Recorded, Row};
pub use record::SizeRecord;

/// The history file, relative to the repository root.
pub const HISTORY_FILE: &str = "size-reports/history.jsonl";
/// The budget file, relative to the repository root.
pub const BUDGET_FILE: &str = "size-budget.toml";
