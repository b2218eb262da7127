//! Memory stays bounded while a program creates cyclic garbage: `tests/soak/cyclic_garbage.py`
//! runs for a minute (PYGMY_SOAK_SECS overrides) under `pygmy run` while this test samples
//! the process's resident set size from /proc. The resident size late in the run must not
//! exceed what it was early on by more than a small margin; a collector that lets some kind
//! of cycle (or a whole generation) pile up fails this by megabytes.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Resident set size of `pid` in KiB, None once the process is gone.
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn cyclic_garbage_keeps_memory_bounded() {
    if !Path::new("/proc/self/status").exists() {
        eprintln!("skipped: no /proc on this system");
        return;
    }
    let secs: f64 = std::env::var("PYGMY_SOAK_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(60.0);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pygmy"))
        .args(["run", "tests/soak/cyclic_garbage.py", &secs.to_string()])
        .current_dir(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pygmy");
    let pid = child.id();
    let start = Instant::now();
    let mut samples: Vec<(f64, u64)> = Vec::new();
    while child.try_wait().expect("poll pygmy").is_none() {
        if let Some(kib) = rss_kib(pid) {
            samples.push((start.elapsed().as_secs_f64(), kib));
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    let out = child.wait_with_output().expect("pygmy output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "pygmy failed: {}\n{}", stdout, String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("done True"), "the soak program did not finish its rounds:\n{stdout}");

    // Early window: after a short warm-up (imports, first collections), up to 30% of the run.
    // Late window: the last 30%.
    let total = samples.last().map(|s| s.0).unwrap_or(0.0);
    let peak = |from: f64, to: f64| samples.iter().filter(|s| s.0 >= from && s.0 <= to).map(|s| s.1).max();
    let (Some(early), Some(late)) = (peak(total * 0.1, total * 0.3), peak(total * 0.7, total)) else {
        panic!("too few samples ({}) over {total:.1}s", samples.len());
    };
    eprintln!("resident: early peak {early} KiB, late peak {late} KiB over {total:.1}s ({} samples)", samples.len());
    let allowed = early + early / 5 + 1024;
    assert!(late <= allowed, "memory grew from {early} KiB to {late} KiB (allowed {allowed} KiB) while creating cyclic garbage");
}
