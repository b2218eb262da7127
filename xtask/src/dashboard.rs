//! `cargo xtask dashboard`: writes the history (`size-reports/history.jsonl`) and the budgets
//! as one static HTML page, `target/dashboard.html` unless `--out` says where;
//! `cargo xtask dist` puts a copy in dist/. The page itself is `size_reports::dashboard`.

use anyhow::Result;
use size_reports::{Budget, History, BUDGET_FILE, HISTORY_FILE};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Where to write the page (default: dashboard.html in cargo's target directory)
    #[arg(long, short)]
    out: Option<PathBuf>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = crate::project_root();
    let out = match &args.out {
        Some(p) => p.clone(),
        None => crate::target_dir().join("dashboard.html"),
    };
    write(&root, &out)?;
    Ok(ExitCode::SUCCESS)
}

/// What the repository's history and budgets draw, from one reading of each.
pub struct Rendered {
    /// The dashboard page.
    pub page: String,
    /// The history's one-line summary.
    pub summary: String,
    /// `figures.json` for the REPL page: the speed figures of the latest benched row (`null`
    /// when no row has any).
    pub figures: String,
}

pub fn render(root: &Path) -> Result<Rendered> {
    let history = History::load(&root.join(HISTORY_FILE))?;
    let budget = Budget::load(&root.join(BUDGET_FILE))?;
    Ok(Rendered {
        page: size_reports::dashboard::render(&history, budget.as_ref()),
        summary: size_reports::dashboard::summary(&history),
        figures: size_reports::dashboard::page_figures(&history).unwrap_or(serde_json::Value::Null).to_string(),
    })
}

/// Renders the page from the repository's history and budget into `out`.
pub fn write(root: &Path, out: &Path) -> Result<()> {
    let Rendered { page, summary, .. } = render(root)?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    crate::files::write_if_changed(out, page.as_bytes())?;
    println!("wrote {} ({summary})", out.display());
    Ok(())
}
