//! `cargo xtask test`: everything CI checks, in CI's order, each step named as it starts.
//!
//! 1. `bless --check`: the expected outputs are still what CPython 3.11 prints;
//! 2. `cargo test --workspace`: unit tests and the conformance suite with the native `pygmy run`;
//! 3. `dist`: the wasm build and `dist/`, then `size --check` against the last row of the
//!    size history and `size-budget.toml` (skipped, saying so, while the history is empty);
//! 4. `node --test js/test/node.test.mjs js/test/js.test.mjs`: the Node CLI contract, `import js`;
//! 5. `pygmy build` of each tests/py/apps program, run by `node OUT/pygmy.mjs` (packer/tests/bundle.rs);
//! 6. `node --test js/test/browser.test.mjs`: headless Chromium (required unless `--no-browser`),
//!    including the page of one of those bundles; `js/test/asyncio.test.mjs`: asyncio on the
//!    JS event loop (its Node half runs without a browser too); `js/test/page.test.mjs`:
//!    input(), script tags, the compiler chunk's caching, the REPL page (screenshots in
//!    target/artifacts/) and the README's page examples; then `js/test/dashboard.test.mjs`:
//!    dist/dashboard.html draws its charts (a few seconds; the benchmarks themselves,
//!    `cargo xtask bench`, are too slow for CI and not run);
//! 7. the conformance suite again through `node dist/pygmy.mjs`, against
//!    `tests/known-failures-node.toml`: a divergence between the native and the wasm VM fails;
//! 8. the same with `PYGMY_JIT=eager`: every code object the JIT takes runs generated code
//!    from its first entry, and the output must not change (issue 8).
//!
//! It installs nothing except the pinned nightly, which `dist` adds with rustup when missing;
//! `.ci/run` installs everything on a fresh machine (wasm32 target, the nightly, Node,
//! Chromium, `npm ci` in js/).

use anyhow::{bail, Context, Result};
use std::process::{Command, ExitCode};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Skip the native steps (bless --check, cargo test --workspace): only dist and its tests
    #[arg(long)]
    wasm_only: bool,
    /// Do not require headless Chromium (its tests then report themselves skipped)
    #[arg(long)]
    no_browser: bool,
}

/// Where the bundle step leaves an app's bundle for the Chromium test.
const BUNDLE_FOR_BROWSER: &str = "target/bundle-app";

/// The known failures of the Node run; the native run's list is `tests/known-failures.toml`.
pub const NODE_KNOWN_FAILURES: &str = "tests/known-failures-node.toml";

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = crate::project_root();
    let start = Instant::now();
    if !args.wasm_only {
        step("expected outputs are CPython's (cargo xtask bless --check)");
        let xtask = std::env::current_exe().context("finding the xtask executable")?;
        run_checked(Command::new(xtask).args(["bless", "--check"]).current_dir(&root))?;
        step("cargo test --workspace");
        run_checked(Command::new(cargo()).args(["test", "--workspace"]).current_dir(&root))?;
    }
    step("cargo xtask dist");
    crate::dist::run(&crate::dist::Args::default())?;
    if crate::size::has_history(&root)? {
        step("cargo xtask size --check");
        if !crate::size::check(&root, &root.join("dist"))? {
            bail!("the size check failed (table above)");
        }
    } else {
        step(&format!("cargo xtask size --check: skipped, {} has no rows yet", size_reports::HISTORY_FILE));
    }
    step("node --test js/test/node.test.mjs js/test/js.test.mjs");
    run_checked(Command::new("node").args(["--test", "js/test/node.test.mjs", "js/test/js.test.mjs"]).current_dir(&root))?;
    step("pygmy build: tests/py/apps bundled and run by node OUT/pygmy.mjs");
    run_checked(
        Command::new(cargo())
            .args(["test", "--workspace", "--test", "bundle"])
            .env("PYGMY_DIST", "dist")
            .env("PYGMY_KEEP_BUNDLE", BUNDLE_FOR_BROWSER)
            .current_dir(&root),
    )?;
    // The Chromium suites: a skip (no Chromium or playwright-core) fails unless --no-browser.
    let chromium = |file: &str, note: &str, env: &[(&str, &str)]| -> Result<()> {
        step(&format!("node --test js/test/{file}{note}"));
        let mut c = Command::new("node");
        c.args(["--test", &format!("js/test/{file}")]).envs(env.iter().copied()).current_dir(&root);
        if !args.no_browser {
            c.env("PYGMY_REQUIRE_BROWSER", "1");
        }
        run_checked(&mut c)
    };
    chromium("browser.test.mjs", "", &[("PYGMY_BUNDLE", BUNDLE_FOR_BROWSER)])?;
    chromium("asyncio.test.mjs", "", &[])?;
    chromium("page.test.mjs", " (screenshots in target/artifacts/repl-*.png)", &[])?;
    chromium("dashboard.test.mjs", " (screenshot in target/artifacts/dashboard.png)", &[])?;
    // tests/py through the wasm VM, as the interpreter runs it and with every code object the
    // JIT takes in generated code. `--workspace`, not `-p packer`: the features of step 2, so
    // nothing is rebuilt.
    let node_conformance = |title: &str, env: &[(&str, &str)]| -> Result<()> {
        step(title);
        run_checked(
            Command::new(cargo())
                .args(["test", "--workspace", "--test", "conformance"])
                .env("PYGMY_RUNNER", "node dist/pygmy.mjs")
                .env("PYGMY_KNOWN_FAILURES", NODE_KNOWN_FAILURES)
                .envs(env.iter().copied())
                .current_dir(&root),
        )
    };
    node_conformance("tests/py under node dist/pygmy.mjs (conformance harness)", &[])?;
    node_conformance("tests/py under node dist/pygmy.mjs with PYGMY_JIT=eager", &[("PYGMY_JIT", "eager")])?;
    println!("\n== all steps passed in {:.0} s", start.elapsed().as_secs_f64());
    Ok(ExitCode::SUCCESS)
}

fn step(what: &str) {
    println!("\n== {what}");
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// Runs `cmd` with inherited streams; an unsuccessful exit is an error naming the command.
fn run_checked(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().with_context(|| format!("starting {:?}", cmd.get_program()))?;
    if !status.success() {
        let words: Vec<_> = std::iter::once(cmd.get_program()).chain(cmd.get_args()).map(|s| s.to_string_lossy()).collect();
        bail!("`{}` failed ({status})", words.join(" "));
    }
    Ok(())
}
