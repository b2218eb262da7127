//! A history row for every commit: which commits of main's line lack one, and
//! `cargo xtask size --backfill`, which builds each of them in a scratch worktree and records
//! its row.
//!
//! "Every commit" means main's first-parent line from the history's first row on: the commits
//! made on main and the merge commits that bring a branch in (a branch's own commits are
//! measured as the merge that lands them). Only commits that changed what goes into dist/
//! ([`SOURCES`], their tests and benchmarks aside) need a row; the others ship the same
//! bytes as their parent. HEAD is exempt from the check, since a commit's row can only be
//! committed after it.

use crate::size::{commit_info, SOURCES, SOURCE_PATHSPECS};
use anyhow::{bail, Context, Result};
use size_reports::{History, Row, SizeRecord, HISTORY_FILE};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The commits (oldest first) on main's first-parent line after the history's first row that
/// changed [`SOURCES`] and have no row, or `None` when git cannot tell (no repository, a
/// shallow clone without the first row's commit). On another branch the line is main's, as
/// far as HEAD contains it, with main's tip exempt too: a branch answers for its commits when
/// it is merged, as the merge commit.
pub fn missing_rows(root: &Path, history: &History, include_head: bool) -> Result<Option<Vec<String>>> {
    missing_rows_since(root, history, include_head, REQUIRED_SINCE)
}

/// The commit that made a row per commit a rule (the check landed here): the rows of commits
/// before it are backfilled when time allows (`--backfill --since REV`), not required.
pub const REQUIRED_SINCE: &str = "406b872";

/// [`missing_rows`] from `since` on (a commit id, or "" for the history's first row).
pub fn missing_rows_since(root: &Path, history: &History, include_head: bool, since: &str) -> Result<Option<Vec<String>>> {
    let Some(first) = history.rows.first() else { return Ok(Some(Vec::new())) };
    // From the later of the history's first row and `since`, when both are in HEAD's history.
    let start = if since.is_empty() || git_lines(root, &["merge-base", "--is-ancestor", &first.commit, since], &[])?.is_none() {
        first.commit.clone()
    } else {
        format!("{since}^")
    };
    let on_branch = git_lines(root, &["symbolic-ref", "--quiet", "--short", "HEAD"], &[])?
        .and_then(|l| l.into_iter().next())
        .is_some_and(|b| b != "main")
        && git_lines(root, &["rev-parse", "--verify", "--quiet", "main"], &[])?.is_some();
    let line = if on_branch { "main" } else { "HEAD" };
    let Some(listed) = git_lines(root, &["rev-list", "--first-parent", "--reverse", &format!("{start}..{line}"), "--"], &SOURCE_PATHSPECS)? else {
        return Ok(None);
    };
    let mut exempt = HashSet::new();
    if !include_head {
        for rev in ["HEAD", line] {
            exempt.extend(git_lines(root, &["rev-parse", rev], &[])?.unwrap_or_default());
        }
    }
    let mut wanted: Vec<String> = listed.into_iter().filter(|c| !exempt.contains(c)).collect();
    if on_branch {
        let Some(contained) = git_lines(root, &["rev-list", "HEAD"], &[])? else { return Ok(None) };
        let contained: HashSet<String> = contained.into_iter().collect();
        wanted.retain(|c| contained.contains(c));
    }
    let recorded: HashSet<&str> = history.rows.iter().map(|r| r.commit.as_str()).collect();
    Ok(Some(wanted.into_iter().filter(|c| !recorded.contains(c.as_str())).collect()))
}

/// `git ARGS -- PATHS` line by line; `None` when git fails (no repository, unknown commit).
fn git_lines(root: &Path, args: &[&str], paths: &[&str]) -> Result<Option<Vec<String>>> {
    let out = Command::new("git").args(args).args(paths).current_dir(root).stderr(Stdio::null()).output().context("running git")?;
    if !out.status.success() {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect()))
}

/// Builds dist/ at each commit that lacks a row, oldest first, in a scratch worktree, records
/// its size row, and writes the history after each one (an interrupted run keeps what it did).
/// A commit whose build fails gets no row; the run goes on and fails at the end naming it.
pub fn run(root: &Path, since: &str) -> Result<()> {
    let path = root.join(HISTORY_FILE);
    let mut history = History::load(&path)?;
    let Some(commits) = missing_rows_since(root, &history, true, since)? else {
        bail!("git cannot list the commits since the history's first row (a shallow clone?)");
    };
    if commits.is_empty() {
        println!("{HISTORY_FILE}: every commit that changed {} has a row", SOURCES.join("/, "));
        return Ok(());
    }
    println!("{} commits lack a row; building each one's dist/ (a few minutes each)", commits.len());
    let scratch = Scratch::create(root)?;
    // A target directory of its own: cargo names a workspace's artifacts by their paths inside
    // the workspace, so the scratch checkout's builds would overwrite the main checkout's.
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target")).join("backfill");
    let mut failed = Vec::new();
    for (i, commit) in commits.iter().enumerate() {
        let (id, date, subject) = commit_info(root, commit)?;
        println!("[{}/{}] {} {}", i + 1, commits.len(), &id[..7], subject);
        git(&scratch.dir, &["checkout", "--quiet", "--detach", "--force", &id])?;
        let log = scratch.log.clone();
        let status = Command::new("cargo")
            .args(["xtask", "dist"])
            .current_dir(&scratch.dir)
            .env("CARGO_TARGET_DIR", &target)
            .stdout(std::fs::File::create(&log)?)
            .stderr(std::fs::File::options().append(true).open(&log)?)
            .status()
            .context("running cargo xtask dist")?;
        if !status.success() {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            let tail: Vec<&str> = text.lines().rev().take(15).collect();
            eprintln!("  dist failed ({status}); the end of its output:");
            for line in tail.iter().rev() {
                eprintln!("    {line}");
            }
            failed.push(id[..7].to_owned());
            continue;
        }
        let size = SizeRecord::from_dist(&scratch.dir.join("dist"))?;
        println!("  bytes to first print {}", size_reports::check::thousands(size.first_print));
        history.record(Row::new(id, date, subject, size));
        order_by_ancestry(root, &mut history)?;
        crate::files::write_if_changed(&path, history.to_jsonl().as_bytes())?;
    }
    if !failed.is_empty() {
        bail!("no row for {} (their dist/ did not build)", failed.join(", "));
    }
    println!("{HISTORY_FILE}: {} rows; commit the file", history.rows.len());
    Ok(())
}

/// Puts the rows in the order of HEAD's history (oldest first), so the dashboard's x axis is
/// the order the commits landed in rather than the order rows were recorded in; rows of
/// commits HEAD does not contain keep their order after them.
fn order_by_ancestry(root: &Path, history: &mut History) -> Result<()> {
    let Some(order) = git_lines(root, &["rev-list", "--reverse", "--topo-order", "HEAD"], &[])? else { return Ok(()) };
    let position: HashMap<String, usize> = order.into_iter().enumerate().map(|(i, c)| (c, i)).collect();
    history.rows.sort_by_key(|r| position.get(&r.commit).copied().unwrap_or(usize::MAX));
    Ok(())
}

fn git(dir: &Path, args: &[&str]) -> Result<()> {
    let status = Command::new("git").args(args).current_dir(dir).status().context("running git")?;
    if !status.success() {
        bail!("`git {}` failed in {}", args.join(" "), dir.display());
    }
    Ok(())
}

/// A detached worktree of the repository in the temp directory, removed when dropped.
struct Scratch {
    root: PathBuf,
    dir: PathBuf,
    log: PathBuf,
}

impl Scratch {
    fn create(root: &Path) -> Result<Scratch> {
        let dir = std::env::temp_dir().join(format!("pygmy-backfill-{}", std::process::id()));
        git(root, &["worktree", "prune"])?;
        git(root, &["worktree", "add", "--quiet", "--detach", dir.to_str().context("temp dir path is not UTF-8")?, "HEAD"])?;
        let log = dir.with_extension("log");
        Ok(Scratch { root: root.to_owned(), dir, log })
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(dir) = self.dir.to_str() {
            let _ = Command::new("git").args(["worktree", "remove", "--force", dir]).current_dir(&self.root).status();
        }
        let _ = std::fs::remove_file(&self.log);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A throwaway repository: `commit(path)` commits a change to `path` and returns its id.
    struct Repo(PathBuf);

    impl Repo {
        fn new(name: &str) -> Repo {
            let dir = std::env::temp_dir().join(format!("pygmy-backfill-test-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let repo = Repo(dir);
            repo.git(&["init", "--quiet", "--initial-branch=main"]);
            repo
        }

        fn git(&self, args: &[&str]) -> String {
            let out = Command::new("git")
                .args(["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"])
                .args(args)
                .current_dir(&self.0)
                .output()
                .unwrap();
            assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8_lossy(&out.stdout).trim().to_owned()
        }

        fn commit(&self, path: &str) -> String {
            let file = self.0.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            let old = std::fs::read_to_string(&file).unwrap_or_default();
            std::fs::write(&file, old + "x").unwrap();
            self.git(&["add", "-A"]);
            self.git(&["commit", "--quiet", "-m", path]);
            self.git(&["rev-parse", "HEAD"])
        }
    }

    impl Drop for Repo {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn history(commits: &[&String]) -> History {
        let size = SizeRecord { first_print: 1, first_print_files: vec![], assets: vec![], modules: vec![] };
        History { rows: commits.iter().map(|c| Row::new((*c).clone(), "d".into(), "s".into(), size.clone())).collect() }
    }

    #[test]
    fn commits_that_changed_what_ships_need_a_row_except_head() {
        let repo = Repo::new("main");
        let first = repo.commit("vm/a.rs");
        let vm = repo.commit("vm/a.rs");
        let _docs = repo.commit("README.md");
        let recorded = repo.commit("packer/b.rs");
        let js = repo.commit("js/c.mjs");
        let _tests = repo.commit("js/test/t.mjs");
        let head = repo.commit("vm/a.rs");
        let h = history(&[&first, &recorded]);
        assert_eq!(missing_rows(&repo.0, &h, false).unwrap().unwrap(), vec![vm.clone(), js.clone()]);
        // From a later commit on (the rule's start), earlier commits are not asked for.
        assert_eq!(missing_rows_since(&repo.0, &h, false, &js).unwrap().unwrap(), vec![js.clone()]);
        assert_eq!(missing_rows(&repo.0, &h, true).unwrap().unwrap(), vec![vm, js, head]);
    }

    #[test]
    fn on_a_branch_only_mains_commits_count_and_mains_tip_is_exempt() {
        let repo = Repo::new("branch");
        let first = repo.commit("vm/a.rs");
        let unrecorded = repo.commit("vm/a.rs");
        let tip = repo.commit("vm/a.rs");
        repo.git(&["checkout", "--quiet", "-b", "topic"]);
        repo.commit("vm/b.rs");
        repo.commit("vm/b.rs");
        let h = history(&[&first]);
        assert_eq!(missing_rows(&repo.0, &h, false).unwrap().unwrap(), vec![unrecorded.clone()]);
        repo.git(&["checkout", "--quiet", "main"]);
        repo.git(&["merge", "--quiet", "--no-ff", "-m", "merge", "topic"]);
        let merge = repo.git(&["rev-parse", "HEAD"]);
        repo.commit("vm/a.rs");
        // On main the branch's own commits do not count; the merge that landed them does.
        assert_eq!(missing_rows(&repo.0, &h, false).unwrap().unwrap(), vec![unrecorded, tip, merge]);
    }

    #[test]
    fn no_repository_means_unknown() {
        let dir = std::env::temp_dir().join(format!("pygmy-backfill-test-none-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let h = history(&[&"0123456789abcdef0123456789abcdef01234567".to_owned()]);
        assert!(missing_rows(&dir, &h, false).unwrap().is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
