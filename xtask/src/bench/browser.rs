//! pygmy in headless Chromium: `js/bench/browser.mjs` (playwright-core and Debian's chromium)
//! runs the page driver and the startup rounds and answers with one JSON object.

use super::measure;
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

#[derive(Debug, Default, Deserialize)]
pub struct BrowserResult {
    /// Why nothing ran (no playwright-core, no chromium).
    pub error: Option<String>,
    /// Chromium's version.
    pub version: Option<String>,
    pub run: Option<PageRun>,
    pub startup: Option<PageStartup>,
}

#[derive(Debug, Deserialize)]
pub struct PageRun {
    #[serde(default)]
    pub stdout: String,
    #[serde(default)]
    pub stderr: String,
    pub status: Option<i64>,
    pub wasm_pages: Option<u64>,
    pub error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct PageStartup {
    #[serde(default)]
    pub ms: Vec<f64>,
    pub error: Option<String>,
}

impl BrowserResult {
    pub fn label(&self) -> String {
        match &self.version {
            Some(v) => format!("pygmy in Chromium {v}"),
            None => "pygmy in Chromium".into(),
        }
    }
}

/// Runs `program` (a file) in a page, then `startup_rounds` timed first prints.
pub fn run(root: &Path, dist: &Path, program: Option<&Path>, startup_rounds: u32, timeout: Duration) -> Result<BrowserResult> {
    let mut cmd = Command::new("node");
    cmd.arg(root.join("js/bench/browser.mjs")).arg("--dist").arg(dist).current_dir(root);
    if let Some(p) = program {
        cmd.arg("--program").arg(p);
    }
    if startup_rounds > 0 {
        cmd.arg("--startup").arg(startup_rounds.to_string());
    }
    let m = measure::run(&mut cmd, timeout)?;
    let stdout = m.stdout_if_ok().map_err(|e| anyhow::anyhow!("js/bench/browser.mjs failed: {e}"))?;
    let line = stdout.lines().rev().find(|l| l.starts_with('{'));
    let Some(line) = line else {
        bail!("js/bench/browser.mjs printed no JSON: {:?}", stdout.trim());
    };
    serde_json::from_str(line).context("reading js/bench/browser.mjs's JSON")
}
