//! `cargo xtask dist`: builds the core VM and the compiler chunk for wasm32 (profile `wasm`,
//! name sections kept for the size report), then runs the packer's dist pipeline
//! (`packer::dist`) with a progress bar per stage, and prints the size report.

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use packer::dist::{DistConfig, Event, WasmOpt};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// `size`: opt-level z (what ships); `speed`: opt-level 3 (for comparing speed)
    #[arg(long, default_value = "size", value_parser = ["size", "speed"])]
    profile: String,
    /// Run binaryen -Oz: `auto` keeps its output only where brotli gets smaller
    #[arg(long, default_value = "auto", value_parser = ["auto", "always", "never"])]
    wasm_opt: String,
    /// Output directory (default: dist/ at the repository root)
    #[arg(long, short)]
    out: Option<PathBuf>,
}

impl Default for Args {
    /// What `cargo xtask dist` does without options.
    fn default() -> Args {
        Args { profile: "size".into(), wasm_opt: "auto".into(), out: None }
    }
}

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Where the wasm crates build: `wasm/` under cargo's target directory (`$CARGO_TARGET_DIR`,
/// which CI keeps in ~/.cache, else `target/`), apart from the host builds so neither
/// invalidates the other.
fn wasm_target_dir(root: &std::path::Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir).join("wasm"),
        _ => root.join("target").join("wasm"),
    }
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = crate::project_root();
    let target_dir = wasm_target_dir(&root);
    cargo_build(args, &target_dir)?;
    let built = target_dir.join(WASM_TARGET).join("wasm");
    let config = DistConfig {
        vm_wasm: built.join("pygmy_vm.wasm"),
        compiler_wasm: built.join("pygmy_compiler_wasm.wasm"),
        js_dir: root.join("js"),
        out: args.out.clone().unwrap_or_else(|| root.join("dist")),
        wasm_opt: match args.wasm_opt.as_str() {
            "always" => WasmOpt::Always,
            "never" => WasmOpt::Never,
            _ => WasmOpt::Auto,
        },
    };
    let style = ProgressStyle::with_template("{prefix:>10} [{bar:24}] {pos}/{len} {msg}")
        .expect("valid template")
        .progress_chars("=> ");
    let mut bar: Option<ProgressBar> = None;
    let report = packer::dist::build(&config, &mut |e| match e {
        Event::Start { stage, steps } => {
            let b = ProgressBar::new(steps).with_style(style.clone()).with_prefix(stage);
            b.enable_steady_tick(Duration::from_millis(200));
            bar = Some(b);
        }
        Event::Step { what } => {
            if let Some(b) = &bar {
                b.set_message(what);
                b.inc(1);
            }
        }
        Event::Finish { summary, .. } => {
            if let Some(b) = bar.take() {
                b.finish_with_message(summary);
            }
        }
    });
    if let Some(b) = bar.take() {
        b.abandon_with_message("failed");
    }
    let report = report?;
    println!("\n{}", report.size_report);
    println!("wrote {}", config.out.display());
    // The size and speed history beside what it measures (not in the manifest: no first print needs it).
    crate::dashboard::write(&root, &config.out.join("dashboard.html"))?;
    Ok(ExitCode::SUCCESS)
}

/// Builds both wasm modules, with a spinner showing cargo's current line. The VM is an rlib
/// for the native crates and becomes a cdylib only here (`cargo rustc --crate-type cdylib`):
/// declaring both crate types in vm/Cargo.toml drops the metadata hash from its file names,
/// and then the panic=abort and panic=unwind builds of `cargo test --release` collide.
fn cargo_build(args: &Args, target_dir: &std::path::Path) -> Result<()> {
    let common = ["--target", WASM_TARGET, "--profile", "wasm"];
    let steps: [(&str, Vec<&str>); 2] = [
        ("pygmy_vm.wasm", [&["rustc", "-p", "pygmy-vm", "--lib", "--crate-type", "cdylib", "--no-default-features"][..], &common[..]].concat()),
        ("pygmy_compiler_wasm.wasm", [&["build", "-p", "pygmy-compiler-wasm"][..], &common[..]].concat()),
    ];
    let spinner = ProgressBar::new_spinner().with_prefix("cargo").with_style(ProgressStyle::with_template("{prefix:>10} {spinner} {elapsed} {msg}").expect("valid template"));
    spinner.enable_steady_tick(Duration::from_millis(200));
    for (what, cargo_args) in steps {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.current_dir(crate::project_root())
            .args(&cargo_args)
            .arg("--target-dir")
            .arg(target_dir)
            // Keep the name section for the names map; `dist` strips it from what ships.
            .env("CARGO_PROFILE_WASM_STRIP", "false")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if args.profile == "speed" {
            cmd.env("CARGO_PROFILE_WASM_OPT_LEVEL", "3");
        }
        let mut child = cmd.spawn().context("running cargo for wasm32")?;
        let mut log = Vec::new();
        if let Some(err) = child.stderr.take() {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                spinner.set_message(line.trim().chars().take(80).collect::<String>());
                log.push(line);
            }
        }
        let status = child.wait()?;
        if !status.success() {
            spinner.abandon_with_message("failed");
            eprintln!("{}", log.join("\n"));
            bail!("dist stage `cargo {}` for {what} failed ({status}); the previous dist/ was left as it was", cargo_args[0]);
        }
    }
    spinner.finish_with_message(format!("built {} and {}", "pygmy_vm.wasm", "pygmy_compiler_wasm.wasm"));
    Ok(())
}
