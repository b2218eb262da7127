//! The repository's own budget and history files parse, so a budget entry without a reason
//! or a broken history line fails `cargo test`, not only the check after the wasm build.

use size_reports::{Budget, History, BUDGET_FILE, HISTORY_FILE};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("size-reports/ is inside the repository")
}

#[test]
fn the_budget_file_parses_and_every_entry_has_a_reason() {
    let budget = Budget::load(&root().join(BUDGET_FILE)).unwrap();
    assert!(budget.is_some(), "{BUDGET_FILE} is missing");
}

#[test]
fn the_history_file_parses_with_one_row_per_commit() {
    let history = History::load(&root().join(HISTORY_FILE)).unwrap();
    let mut seen = std::collections::HashSet::new();
    for row in &history.rows {
        // Two branches that both recorded a commit leave two rows after a union merge.
        assert!(seen.insert(&row.commit), "{HISTORY_FILE} has two rows for {}: delete one of the lines", row.commit);
    }
}
