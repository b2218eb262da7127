//! Running a benchmarked process: captured output, the time to its first byte on stdout, and
//! its peak resident memory (`wait4`'s rusage, so per child and without `/usr/bin/time`).

use crate::process::Finished;
use anyhow::{Context, Result};
use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A finished run and what was measured of it.
pub struct Measured {
    pub finished: Finished,
    /// From spawn to the first byte the child wrote to stdout.
    pub first_output: Option<Duration>,
    /// Peak resident set size, KiB.
    pub max_rss_kb: Option<u64>,
    /// User plus system CPU time of the process (its threads included, not its children).
    pub cpu: Option<Duration>,
}

impl Measured {
    /// `Ok(stdout)` when the process exited with status 0, else the error's last line.
    pub fn stdout_if_ok(&self) -> Result<String, String> {
        let f = &self.finished;
        match f.exit_code() {
            Ok(0) => Ok(String::from_utf8_lossy(&f.stdout).into_owned()),
            Ok(code) => Err(format!("exit status {code}: {}", last_line(&f.stderr))),
            Err(why) => Err(format!("{why}: {}", last_line(&f.stderr))),
        }
    }
}

/// The last non-empty line of a stream: what a failing Python program says last.
pub fn last_line(stream: &[u8]) -> String {
    String::from_utf8_lossy(stream).lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("(no output on stderr)").trim().to_string()
}

/// Runs `cmd` with stdin closed and both streams captured; kills it after `timeout`.
pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Measured> {
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {:?}", cmd.get_program()))?;
    let (tx, rx) = mpsc::channel();
    let mut out = child.stdout.take().context("no stdout pipe")?;
    let tx_out = tx.clone();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let mut first = None;
        let mut chunk = [0u8; 8192];
        while let Ok(n) = out.read(&mut chunk) {
            if n == 0 {
                break;
            }
            first.get_or_insert_with(|| start.elapsed());
            buf.extend_from_slice(&chunk[..n]);
        }
        let _ = tx_out.send((0, buf, first));
    });
    let mut err = child.stderr.take().context("no stderr pipe")?;
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err.read_to_end(&mut buf);
        let _ = tx.send((1, buf, None));
    });
    let (status, max_rss_kb, cpu) = wait(&mut child, start + timeout)?;
    let elapsed = start.elapsed();
    let (mut stdout, mut stderr, mut first_output) = (Vec::new(), Vec::new(), None);
    let grace = Instant::now() + Duration::from_secs(5);
    for _ in 0..2 {
        match rx.recv_timeout(grace.saturating_duration_since(Instant::now())) {
            Ok((0, buf, first)) => (stdout, first_output) = (buf, first),
            Ok((_, buf, _)) => stderr = buf,
            Err(_) => break,
        }
    }
    Ok(Measured { finished: Finished { stdout, stderr, status, elapsed }, first_output, max_rss_kb, cpu })
}

/// `(status, peak RSS, CPU time)`.
type Waited = (Option<std::process::ExitStatus>, Option<u64>, Option<Duration>);

/// Waits for the child with `wait4`, which also reports its peak RSS and CPU time; kills it at
/// `deadline`.
#[cfg(unix)]
fn wait(child: &mut std::process::Child, deadline: Instant) -> Result<Waited> {
    use std::os::unix::process::ExitStatusExt;
    let pid = child.id() as libc::pid_t;
    let mut killed = false;
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain data, all zeroes is a valid value.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let flags = if killed { 0 } else { libc::WNOHANG };
        // SAFETY: pointers to locals; the pid is our own child, not reaped yet.
        let r = unsafe { libc::wait4(pid, &mut status, flags, &mut usage) };
        if r == pid {
            // Linux reports ru_maxrss in KiB.
            let rss = u64::try_from(usage.ru_maxrss).ok().filter(|&k| k > 0);
            let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            let cpu = Duration::from_secs_f64(seconds(usage.ru_utime) + seconds(usage.ru_stime));
            return Ok((if killed { None } else { Some(std::process::ExitStatus::from_raw(status)) }, rss, Some(cpu)));
        }
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e).context("waiting for a benchmarked process");
        }
        if !killed && Instant::now() >= deadline {
            // Not reaped yet, so the pid is still ours to kill.
            let _ = child.kill();
            killed = true;
            continue;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[cfg(not(unix))]
fn wait(child: &mut std::process::Child, deadline: Instant) -> Result<Waited> {
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((Some(status), None, None));
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Ok((None, None, None));
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_first_output_and_memory_and_reports_failures() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo hi; sleep 0.2; echo bye"]);
        let m = run(&mut cmd, Duration::from_secs(30)).unwrap();
        assert_eq!(m.stdout_if_ok().unwrap(), "hi\nbye\n");
        let first = m.first_output.unwrap();
        assert!(first < m.finished.elapsed && m.finished.elapsed >= Duration::from_millis(200), "{first:?} {:?}", m.finished.elapsed);
        if cfg!(unix) {
            assert!(m.max_rss_kb.unwrap() > 0);
            assert!(m.cpu.unwrap() < m.finished.elapsed, "sleeping takes no CPU");
        }
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo 'Traceback' >&2; echo 'ImportError: no x' >&2; exit 1"]);
        assert_eq!(run(&mut cmd, Duration::from_secs(30)).unwrap().stdout_if_ok().unwrap_err(), "exit status 1: ImportError: no x");
        let mut cmd = Command::new("sleep");
        cmd.arg("30");
        let m = run(&mut cmd, Duration::from_millis(100)).unwrap();
        assert!(m.finished.status.is_none() && m.stdout_if_ok().unwrap_err().starts_with("timed out"));
    }
}
