//! `cargo xtask dist`: builds the core VM and the compiler chunk for wasm32 (profile `wasm`,
//! name sections kept for the size report), then runs the packer's dist pipeline
//! (`packer::dist`) with a progress bar per stage, and prints the size report.
//!
//! By default (`--std build`) both modules are built by a pinned nightly that compiles std
//! itself (`-Zbuild-std`) with `panic = "immediate-abort"`: no panic formatting or unwinding
//! machinery is linked, which makes the core about 9% smaller; a Rust panic is then a bare
//! `unreachable` trap. `--std stable` builds with the stable toolchain's prebuilt std and
//! panic=abort, where the VM's panic hook prints the message before the trap.

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use packer::dist::{DistConfig, Event, WasmOpt};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
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
    /// `build`: std rebuilt by the pinned nightly (`$PYGMY_NIGHTLY`, else the NIGHTLY constant)
    /// with panic=immediate-abort, what ships; `stable`: prebuilt std, panic=abort, panic
    /// messages on stderr
    #[arg(long, default_value = "build", value_parser = ["build", "stable"])]
    std: String,
    /// Output directory (default: dist/ at the repository root)
    #[arg(long, short)]
    out: Option<PathBuf>,
    /// Also write the release tarball of the output directory (.tar.xz) to this file
    #[arg(long, value_name = "FILE")]
    tarball: Option<PathBuf>,
    /// Keep the wasm modules' `name` sections (for `node --cpu-prof`; use with `--out`,
    /// since what ships is stripped)
    #[arg(long)]
    keep_names: bool,
}

impl Default for Args {
    /// What `cargo xtask dist` does without options.
    fn default() -> Args {
        Args { profile: "size".into(), wasm_opt: "auto".into(), std: "build".into(), out: None, tarball: None, keep_names: false }
    }
}

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The nightly that builds what ships (`--std build`). Pinned so that a dist is reproducible
/// and a new nightly cannot break CI; `$PYGMY_NIGHTLY` names another toolchain (e.g. `nightly`
/// where that is the same build). `.ci/run` reads the value from this line.
pub const NIGHTLY: &str = "nightly-2026-05-20";

/// Which compiler builds the wasm modules, and so where std comes from.
enum Toolchain {
    /// The toolchain cargo was run with: prebuilt std, panic=abort.
    Stable,
    /// A rustup nightly (by name) rebuilding std with panic=immediate-abort.
    Nightly(String),
}

fn nightly_name() -> String {
    std::env::var("PYGMY_NIGHTLY").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| NIGHTLY.into())
}

/// Where the wasm crates build: `wasm/` (stable) or `wasm-build-std/` (nightly) under cargo's
/// target directory (`$CARGO_TARGET_DIR`, which CI keeps in ~/.cache, else `target/`), apart
/// from the host builds and from each other, so that no build invalidates another.
fn wasm_target_dir(root: &Path, toolchain: &Toolchain) -> PathBuf {
    let base = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    };
    base.join(match toolchain {
        Toolchain::Stable => "wasm",
        Toolchain::Nightly(_) => "wasm-build-std",
    })
}

/// Files beside the product that no first print needs, so not in the manifest: the size and
/// speed history as a page, the latest speed figures for the REPL page, and pystone for the
/// REPL's example (fetched from Debian like `bench` does, not vendored; a build without
/// network goes on without it and says so).
fn extra_files(root: &std::path::Path) -> Result<Vec<(String, Vec<u8>)>> {
    let drawn = crate::dashboard::render(root)?;
    let mut files = vec![("dashboard.html".into(), drawn.page.into_bytes()), ("figures.json".into(), drawn.figures.into_bytes())];
    match crate::bench::pystone::fetch().and_then(|p| Ok(std::fs::read(&p)?)) {
        Ok(text) => files.push(("pystone.py".into(), text)),
        Err(e) => eprintln!("note: dist/ has no pystone.py for the REPL's example: {e:#}"),
    }
    Ok(files)
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = crate::project_root();
    let toolchain = match args.std.as_str() {
        "stable" => Toolchain::Stable,
        _ => Toolchain::Nightly(nightly_name()),
    };
    let target_dir = wasm_target_dir(&root, &toolchain);
    cargo_build(args, &toolchain, &target_dir)?;
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
        // The size and speed history beside what it measures (not in the manifest: no first print needs it).
        // Pages import the stdlib from chunks compiled here; without a CPython 3.11 Lib/
        // they import only what app bundles carry.
        stdlib: packer::stdlib::default_lib(),
        extra_files: extra_files(&root)?,
        keep_names: args.keep_names,
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
    if let Some(file) = &args.tarball {
        let bytes = packer::tarball::write(&config.out, file, "pygmy").with_context(|| format!("writing the tarball {}", file.display()))?;
        println!("wrote {} ({bytes} bytes, xz)", file.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Builds both wasm modules, with a spinner showing the current line of cargo (or rustup). The
/// VM is an rlib for the native crates and becomes a cdylib only here (`cargo rustc
/// --crate-type cdylib`): declaring both crate types in vm/Cargo.toml drops the metadata hash
/// from its file names, and then the panic=abort and panic=unwind builds of `cargo test
/// --release` collide.
fn cargo_build(args: &Args, toolchain: &Toolchain, target_dir: &Path) -> Result<()> {
    let spinner = ProgressBar::new_spinner().with_prefix("cargo").with_style(ProgressStyle::with_template("{prefix:>10} {spinner} {elapsed} {msg}").expect("valid template"));
    spinner.enable_steady_tick(Duration::from_millis(200));
    if let Toolchain::Nightly(name) = toolchain {
        ensure_nightly(name, &spinner).inspect_err(|_| spinner.abandon_with_message("failed"))?;
    }
    let common = ["--target", WASM_TARGET, "--profile", "wasm"];
    let steps: [(&str, Vec<&str>); 2] = [
        ("pygmy_vm.wasm", [&["rustc", "-p", "pygmy-vm", "--lib", "--crate-type", "cdylib", "--no-default-features", "--features", "jit"][..], &common[..]].concat()),
        ("pygmy_compiler_wasm.wasm", [&["build", "-p", "pygmy-compiler-wasm"][..], &common[..]].concat()),
    ];
    for (what, cargo_args) in steps {
        let mut cmd = match toolchain {
            Toolchain::Stable => Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())),
            Toolchain::Nightly(name) => {
                let mut cmd = rustup_run(name, "cargo");
                // The profile's panic strategy reaches every target crate, std included, but no
                // build script or proc macro (host code, which RUSTFLAGS would reach without
                // `--target`); cargo adds the `-Zunstable-options` rustc needs for it.
                cmd.args(["-Zbuild-std=std,panic_abort", "-Zpanic-immediate-abort", "--config", "profile.wasm.panic=\"immediate-abort\""]);
                cmd
            }
        };
        cmd.current_dir(crate::project_root())
            .args(&cargo_args)
            .arg("--target-dir")
            .arg(target_dir)
            // Keep the name section for the names map; `dist` strips it from what ships.
            .env("CARGO_PROFILE_WASM_STRIP", "false");
        if args.profile == "speed" {
            cmd.env("CARGO_PROFILE_WASM_OPT_LEVEL", "3");
        }
        run_in_spinner(&mut cmd, &spinner).with_context(|| format!("building {what}; the previous dist/ was left as it was"))?;
    }
    spinner.finish_with_message(format!("built {} and {}", "pygmy_vm.wasm", "pygmy_compiler_wasm.wasm"));
    Ok(())
}

/// `rustup run NAME PROGRAM`: the nightly's own cargo and rustc, whichever toolchain (or
/// `$RUSTC`) xtask was run with.
fn rustup_run(name: &str, program: &str) -> Command {
    let mut cmd = Command::new("rustup");
    cmd.args(["run", name, program]).env_remove("RUSTC");
    cmd
}

/// Makes sure rustup has the nightly `name` and its rust-src (the std sources `-Zbuild-std`
/// compiles), installing what is missing.
fn ensure_nightly(name: &str, spinner: &ProgressBar) -> Result<()> {
    let install = format!("rustup toolchain install {name} --profile minimal --component rust-src");
    if Command::new("rustup").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_err() {
        bail!("`--std build` needs rustup and the nightly {name}: install rustup, then run `{install}`; or build with `cargo xtask dist --std stable`");
    }
    let has_rust_src = |sysroot: &Path| sysroot.join("lib/rustlib/src/rust/library/std/Cargo.toml").is_file();
    let mut cmd = Command::new("rustup");
    match nightly_sysroot(name) {
        Some(sysroot) if has_rust_src(&sysroot) => return Ok(()),
        // Not `toolchain install`, which would move an undated channel such as `nightly` on.
        Some(_) => cmd.args(["component", "add", "rust-src", "--toolchain", name]),
        None => cmd.args(["toolchain", "install", name, "--profile", "minimal", "--component", "rust-src"]),
    };
    run_in_spinner(&mut cmd, spinner).with_context(|| format!("`--std build` needs the nightly {name} with rust-src; retry the rustup command by hand, or build with `cargo xtask dist --std stable`"))?;
    match nightly_sysroot(name) {
        Some(sysroot) if has_rust_src(&sysroot) => Ok(()),
        _ => bail!("rustup installed the nightly {name}, yet it or its rust-src is missing; run `{install}`, or build with `cargo xtask dist --std stable`"),
    }
}

/// The nightly's sysroot, or `None` when rustup does not have it (`rustup run` installs
/// nothing without `--install`).
fn nightly_sysroot(name: &str) -> Option<PathBuf> {
    let out = rustup_run(name, "rustc").args(["--print", "sysroot"]).stderr(Stdio::null()).output().ok()?;
    let path = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !path.trim().is_empty()).then(|| PathBuf::from(path.trim()))
}

/// Runs `cmd`, showing each line of its stderr in the spinner; on failure prints that stderr
/// and returns an error naming the command.
fn run_in_spinner(cmd: &mut Command, spinner: &ProgressBar) -> Result<()> {
    let words: Vec<_> = std::iter::once(cmd.get_program()).chain(cmd.get_args()).map(|s| s.to_string_lossy().into_owned()).collect();
    spinner.set_message(words.join(" ").chars().take(80).collect::<String>());
    let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::piped()).spawn().with_context(|| format!("starting `{}`", words.join(" ")))?;
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
        bail!("`{}` failed ({status})", words.join(" "));
    }
    Ok(())
}
