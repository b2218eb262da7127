//! Where CPython 3.11's pure-Python `Lib/` is. `pygmy run` and `pygmy why` use the same
//! answer (js/pygmy.mjs has its own copy for Node).

use std::path::{Path, PathBuf};

/// `$PYGMY_STDLIB`, else the stdlib of the `python3` on PATH if it is 3.11 (asked once and
/// cached in ~/.cache/pygmy/stdlib-path). `None` when neither is a 3.11 Lib.
pub fn stdlib_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("PYGMY_STDLIB") {
        return Some(PathBuf::from(d));
    }
    let cache = std::env::var("HOME").ok().map(|h| PathBuf::from(h).join(".cache/pygmy/stdlib-path"));
    if let Some(c) = &cache {
        if let Ok(s) = std::fs::read_to_string(c) {
            let s = s.trim();
            if Path::new(s).join("os.py").is_file() {
                return Some(PathBuf::from(s));
            }
        }
    }
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys, sysconfig; print(sys.version_info[:2] == (3, 11) and sysconfig.get_paths()['stdlib'] or '')"])
        .output()
        .ok()?;
    let s = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if s.is_empty() {
        return None;
    }
    if let Some(c) = &cache {
        if let Some(parent) = c.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let tmp = c.with_extension("tmp");
        if std::fs::write(&tmp, &s).is_ok() {
            let _ = std::fs::rename(&tmp, c);
        }
    }
    Some(PathBuf::from(s))
}
