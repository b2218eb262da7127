//! The engines a benchmark runs on, as commands: native CPython (the baseline every figure is
//! a ratio to), `pygmy run` (release build) and `node dist/pygmy.mjs`. Headless Chromium is
//! not a command; `browser.rs` drives it.

use crate::python;
use anyhow::{bail, Context, Result};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Engine {
    /// The history's name: `cpython`, `native`, `node`.
    pub name: &'static str,
    /// What tables say: "CPython 3.11.7", "pygmy native", "pygmy in Node v20.20.2".
    pub label: String,
    /// Program and leading arguments; the script and its arguments follow.
    argv: Vec<OsString>,
    /// Node only: the preload that reports the core's wasm memory (`js/bench/wasm-memory.mjs`).
    memory_probe: Option<PathBuf>,
}

impl Engine {
    pub fn cpython(version: &str) -> Result<Engine> {
        let exe = python::executable()?;
        Ok(Engine { name: "cpython", label: format!("CPython {version}"), argv: vec![exe.into()], memory_probe: None })
    }

    pub fn native(pygmy: &Path) -> Engine {
        Engine { name: "native", label: "pygmy native".into(), argv: vec![pygmy.into(), "run".into()], memory_probe: None }
    }

    /// `node DIST/pygmy.mjs`; an error says what is missing.
    pub fn node(root: &Path, dist: &Path) -> Result<Engine> {
        let loader = dist.join("pygmy.mjs");
        if !loader.is_file() {
            bail!("{} is missing: build it with `cargo xtask dist`", loader.display());
        }
        let out = Command::new("node").arg("--version").output().context("running node (Node 20 or later)")?;
        let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
        Ok(Engine { name: "node", label: format!("pygmy in Node {version}"), argv: vec!["node".into(), loader.into()], memory_probe: Some(root.join("js/bench/wasm-memory.mjs")) })
    }

    /// The command running `script` (with `args`) in its own directory.
    pub fn command(&self, script: &Path, args: &[&str]) -> Command {
        self.command_via(&[], script, args)
    }

    /// [`Engine::command`] run by `wrapper` (e.g. `valgrind --tool=callgrind`).
    pub fn command_via(&self, wrapper: &[OsString], script: &Path, args: &[&str]) -> Command {
        self.command_with(wrapper, &[], script, args)
    }

    /// [`Engine::command_via`] with `flags` for the engine's own program (Node's V8 flags).
    pub fn command_with(&self, wrapper: &[OsString], flags: &[&str], script: &Path, args: &[&str]) -> Command {
        let mut argv = wrapper.iter().chain(&self.argv[..1]);
        let mut cmd = Command::new(argv.next().expect("an engine has a program"));
        cmd.args(argv).args(flags).args(&self.argv[1..]).arg(script).args(args);
        if self.name == "cpython" {
            python::clean_env(&mut cmd);
        }
        if let Some(dir) = script.parent() {
            cmd.current_dir(dir);
        }
        cmd
    }

    /// [`Engine::command`] with Node's memory probe writing to `report` (other engines: the
    /// same command; their memory is the process's peak RSS).
    pub fn command_with_memory_probe(&self, script: &Path, args: &[&str], report: &Path) -> Command {
        let Some(probe) = &self.memory_probe else {
            return self.command(script, args);
        };
        let mut cmd = Command::new(&self.argv[0]);
        cmd.arg("--import").arg(probe).args(&self.argv[1..]).arg(script).args(args).env("PYGMY_BENCH_MEMORY_FILE", report);
        if let Some(dir) = script.parent() {
            cmd.current_dir(dir);
        }
        cmd
    }

}

/// The pages the memory probe reported, if it wrote its file.
pub fn read_memory_report(report: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(report).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v.get("core_pages")?.as_u64()
}
