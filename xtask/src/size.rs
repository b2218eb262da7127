//! `cargo xtask size [DIR]`: the size report of a dist/ (the same text as `pygmy size`).
//! `--record` files DIR's figures in `size-reports/history.jsonl` as a commit's row;
//! `--check` holds DIR to the last row and `size-budget.toml` (`cargo xtask test` runs it after
//! `dist`) and checks that every commit of main's line that changed the VM or the packer has a
//! row; `--backfill` records the rows of the commits that lack one. The figures, history and
//! budgets themselves live in the `size-reports` crate.

use anyhow::{bail, Context, Result};
use size_reports::check::thousands;
use size_reports::{Budget, History, Recorded, Row, SizeRecord, BUDGET_FILE, HISTORY_FILE};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

#[derive(clap::Args)]
pub struct Args {
    /// The dist directory (default: dist/ at the repository root)
    dir: Option<PathBuf>,
    /// Compare DIR with the last row of size-reports/history.jsonl and the budgets in
    /// size-budget.toml; fail when something grew without a budget entry saying why
    #[arg(long, conflicts_with = "record")]
    check: bool,
    /// Add DIR's figures to size-reports/history.jsonl as the row of HEAD (or --commit); a
    /// commit that has a row already gets its figures replaced, not a second row
    #[arg(long)]
    record: bool,
    /// The commit --record files the figures under (default HEAD)
    #[arg(long, requires = "record", value_name = "REV")]
    commit: Option<String>,
    /// Build dist/ at every commit of main's line that changed what goes into it and has no
    /// row yet (in a scratch worktree, oldest first) and record their rows
    #[arg(long, conflicts_with_all = ["check", "record"])]
    backfill: bool,
    /// With --backfill: start at this commit instead of the one that made rows a rule
    /// (an empty value: the history's first row)
    #[arg(long, requires = "backfill", value_name = "REV")]
    since: Option<String>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = crate::project_root();
    if args.backfill {
        crate::backfill::run(&root, args.since.as_deref().unwrap_or(crate::backfill::REQUIRED_SINCE))?;
        return Ok(ExitCode::SUCCESS);
    }
    let dir = args.dir.clone().unwrap_or_else(|| root.join("dist"));
    require_dist(&dir)?;
    if args.record {
        record(&root, &dir, args.commit.as_deref().unwrap_or("HEAD"))?;
    } else if args.check {
        return Ok(if check(&root, &dir)? { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    } else {
        print!("{}", packer::size::report(&dir)?);
    }
    Ok(ExitCode::SUCCESS)
}

fn require_dist(dir: &Path) -> Result<()> {
    if !dir.join("manifest.json").is_file() {
        bail!("{} has no manifest.json: build it first with `cargo xtask dist`", dir.display());
    }
    Ok(())
}

/// Whether the history has a row to check against (`cargo xtask test` checks only then).
pub fn has_history(root: &Path) -> Result<bool> {
    Ok(History::load(&root.join(HISTORY_FILE))?.last().is_some())
}

/// Prints the check's table; `Ok(false)` when it failed.
pub fn check(root: &Path, dir: &Path) -> Result<bool> {
    require_dist(dir)?;
    let now = SizeRecord::from_dist(dir)?;
    let history = History::load(&root.join(HISTORY_FILE))?;
    let budget = match Budget::load(&root.join(BUDGET_FILE))? {
        Some(b) => b,
        None => {
            println!("note: there is no {BUDGET_FILE}: only the default growth rule applies");
            Budget::default()
        }
    };
    let (baseline, note) = baseline(root, &history);
    if let Some(note) = note {
        println!("note: {note}");
    }
    let report = size_reports::check(baseline, &now, &budget);
    print!("{report}");
    Ok(report.passed() & rows_complete(root, &history)?)
}

/// Whether every commit before HEAD that needs a history row has one (see `backfill`); prints
/// the ones that do not.
fn rows_complete(root: &Path, history: &History) -> Result<bool> {
    match crate::backfill::missing_rows(root, history, false)? {
        None => {
            println!("note: git cannot list the commits since the history's first row (a shallow clone?): not checking that each has a row");
            Ok(true)
        }
        Some(missing) if missing.is_empty() => Ok(true),
        Some(missing) => {
            println!("FAIL: {} commits changed {} but have no row in {HISTORY_FILE}:", missing.len(), SOURCES.join("/, "));
            for commit in &missing {
                let (_, _, subject) = commit_info(root, commit)?;
                println!("  {} {}", &commit[..7], subject.chars().take(90).collect::<String>());
            }
            println!("  record them with `cargo xtask size --backfill` (or `--record` after each commit) and commit {HISTORY_FILE}");
            Ok(false)
        }
    }
}

/// The row to compare against: the newest of the last rows whose commit is HEAD or one of its
/// ancestors, so rows another branch added (the file merges with `merge=union`) are passed
/// over. When git cannot tell (no repository, a shallow clone), the last row, with a note.
fn baseline<'h>(root: &Path, history: &'h History) -> (Option<&'h Row>, Option<String>) {
    const LOOK_BACK: usize = 50;
    let mut unknown = false;
    for row in history.rows.iter().rev().take(LOOK_BACK) {
        let status = Command::new("git").args(["merge-base", "--is-ancestor", &row.commit, "HEAD"]).current_dir(root).output();
        match status.map(|o| o.status.code()) {
            Ok(Some(0)) => return (Some(row), None),
            Ok(Some(1)) => {}
            _ => unknown = true,
        }
    }
    let last = history.last();
    let note = last.map(|row| {
        let why = if unknown { "git could not tell which history rows are ancestors of HEAD (a shallow clone?)" } else { "no recent history row is an ancestor of HEAD" };
        format!("{why}; comparing against the last row, {}", row.short_commit())
    });
    (last, note)
}

fn record(root: &Path, dir: &Path, rev: &str) -> Result<()> {
    let (commit, date, subject) = commit_info(root, rev)?;
    if rev == "HEAD" {
        warn_if_sources_changed(root);
    }
    let size = SizeRecord::from_dist(dir)?;
    let path = root.join(HISTORY_FILE);
    let mut history = History::load(&path)?;
    let row = Row::new(commit, date, subject, size);
    let (short, first) = (row.short_commit().to_owned(), row.size.first_print);
    let what = format!("{short} {}", row.subject);
    match history.record(row) {
        Recorded::Appended => println!("{HISTORY_FILE}: added the row of {what}\n  bytes to first print {}", thousands(first)),
        Recorded::Replaced(old) => println!(
            "{HISTORY_FILE}: {short} had a row already; replaced its size figures instead of adding a second row\n  bytes to first print {} -> {}",
            thousands(old.first_print),
            thousands(first)
        ),
    }
    crate::files::write_if_changed(&path, history.to_jsonl().as_bytes())?;
    println!("  {} rows; commit the file with your next change", history.rows.len());
    Ok(())
}

/// `(full id, committer date, subject)` of `rev`.
pub fn commit_info(root: &Path, rev: &str) -> Result<(String, String, String)> {
    let out = Command::new("git")
        .args(["log", "-1", "--format=%H%x00%cI%x00%s", rev, "--"])
        .current_dir(root)
        .output()
        .context("running git (needed to name the commit a history row belongs to)")?;
    if !out.status.success() {
        bail!("`git log -1 {rev}` failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.trim_end_matches('\n').splitn(3, '\0').map(str::to_owned);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(id), Some(date), Some(subject)) if !id.is_empty() => Ok((id, date, subject)),
        _ => bail!("`git log -1 {rev}` printed something unexpected: {text:?}"),
    }
}

/// What goes into dist/ and the VM: a row's figures are those of every commit that changed none.
pub const SOURCES: [&str; 6] = ["bytecode", "compiler", "compiler-wasm", "vm", "packer", "js"];

/// [`SOURCES`] as git pathspecs, without their tests and benchmarks (which never ship).
pub const SOURCE_PATHSPECS: [&str; 10] = ["bytecode", "compiler", "compiler-wasm", "vm", "packer", "js", ":!js/test", ":!js/bench", ":!packer/tests", ":!vm/tests"];

/// The dist/ being recorded as HEAD's is only HEAD's build if what goes into it is committed.
pub fn warn_if_sources_changed(root: &Path) {
    let out = Command::new("git").args(["status", "--porcelain", "--untracked-files=no", "--"]).args(SOURCE_PATHSPECS).current_dir(root).output();
    if let Ok(out) = out {
        if out.status.success() && !out.stdout.is_empty() {
            eprintln!("warning: uncommitted changes under {}/: dist/ may not be HEAD's build", SOURCES.join("/, "));
        }
    }
}
