//! The Unicode database blob (`pygmy_vm::strings::ucd`) from CPython 3.11's `unicodedata`:
//! `vm/src/strings/gen_ucd.py` run by the `python3` on PATH (the one whose `Lib/` pygmy
//! runs). `pygmy run` caches it under ~/.cache/pygmy (keyed by the script's hash and that
//! Lib's path) because generating takes about a second and a half; `dist` writes it as the lazily
//! fetched `unicodedata.<hash>.bin`.
//!
//! Natively the blob is generated rather than embedded at build time: the VM crate then
//! needs no Python to build, the native and wasm VMs read the very same bytes, and the data
//! is the CPython that `pygmy run` takes its `Lib/` from.

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The generator, compiled in so the `pygmy` binary needs no source tree.
pub const GENERATOR: &str = include_str!("../../vm/src/strings/gen_ucd.py");

/// Runs the generator with `python3`.
pub fn generate() -> Result<Vec<u8>> {
    let mut child = Command::new("python3")
        .args(["-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("running python3 for the Unicode database")?;
    child.stdin.take().context("python3's stdin")?.write_all(GENERATOR.as_bytes())?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!("python3 gen_ucd.py failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(out.stdout)
}

fn cache_file() -> Option<PathBuf> {
    let home = std::env::var("HOME").ok()?;
    let lib = stdlib_filter::locate::stdlib_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let key = Sha256::new().chain_update(GENERATOR).chain_update([0]).chain_update(lib).finalize();
    let hex: String = key[..8].iter().map(|b| format!("{b:02x}")).collect();
    Some(PathBuf::from(home).join(format!(".cache/pygmy/ucd-{hex}.bin")))
}

/// The blob from the cache, else generated now and cached.
pub fn cached() -> Result<Vec<u8>> {
    let file = cache_file();
    if let Some(bytes) = file.as_ref().and_then(|f| std::fs::read(f).ok()) {
        return Ok(bytes);
    }
    let bytes = generate()?;
    if let Some(f) = &file {
        if let Some(dir) = f.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let tmp = f.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, &bytes).is_ok() {
            let _ = std::fs::rename(&tmp, f);
        }
    }
    Ok(bytes)
}
