//! Running a child process with captured output and a deadline.

use anyhow::{Context, Result};
use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What a finished (or killed) child process left behind.
pub struct Finished {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when the process was killed because it ran past its deadline.
    pub status: Option<ExitStatus>,
    pub elapsed: Duration,
}

impl Finished {
    /// The exit code, or a description of why there is none (timeout, signal). An end by
    /// SIGINT is what CPython does after an uncaught KeyboardInterrupt: it is the status -2
    /// (subprocess's "killed by signal 2"), other signals are crashes.
    pub fn exit_code(&self) -> Result<i32, String> {
        match self.status {
            None => Err(format!("timed out after {:.0} s and was killed", self.elapsed.as_secs_f64())),
            Some(status) if sigint(status) => Ok(-2),
            Some(status) => status.code().ok_or_else(|| describe_signal(status)),
        }
    }
}

#[cfg(unix)]
fn sigint(status: ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal() == Some(2)
}

#[cfg(not(unix))]
fn sigint(_: ExitStatus) -> bool {
    false
}

#[cfg(unix)]
fn describe_signal(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(sig) => format!("killed by signal {sig}"),
        None => format!("ended without an exit code ({status})"),
    }
}

#[cfg(not(unix))]
fn describe_signal(status: ExitStatus) -> String {
    format!("ended without an exit code ({status})")
}

/// Runs `cmd` with stdin closed and stdout/stderr captured; kills it after `timeout`.
pub fn run_captured(cmd: &mut Command, timeout: Duration) -> Result<Finished> {
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {:?}", cmd.get_program()))?;
    // Drain both pipes on their own threads so a chatty child never blocks on a full pipe.
    let (tx, rx) = mpsc::channel();
    for (which, pipe) in [(0, child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>)), (1, child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>))] {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            let _ = tx.send((which, buf));
        });
    }
    drop(tx);
    let deadline = start + timeout;
    let status = loop {
        if let Some(status) = child.try_wait().context("waiting for a child process")? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    // A grandchild may hold the pipes open after the child is gone; don't wait for it forever.
    let grace = Instant::now() + Duration::from_secs(5);
    for _ in 0..2 {
        let left = grace.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((0, buf)) => stdout = buf,
            Ok((_, buf)) => stderr = buf,
            Err(_) => break,
        }
    }
    Ok(Finished { stdout, stderr, status, elapsed })
}

/// `text` with every `0x` hex number (an object's address in a repr) as `0x…`: where objects
/// land in memory differs between VMs, runs and JIT modes, so outputs are compared without it.
pub fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        out.push_str(&rest[..at + 2]);
        let after = &rest[at + 2..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_hexdigit()).len();
        if digits > 0 {
            out.push('…');
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// The first `max` characters of `line`, with `…` when it had more.
pub fn shorten(line: &str, max: usize) -> String {
    let mut s: String = line.chars().take(max).collect();
    if s.len() < line.len() {
        s.push('…');
    }
    s
}

/// The last line of a stream, as `tail -n 1` prints it (with its newline, if it had one).
pub fn last_line(stream: &[u8]) -> &[u8] {
    let body = stream.strip_suffix(b"\n").unwrap_or(stream);
    match body.iter().rposition(|&b| b == b'\n') {
        Some(i) => &stream[i + 1..],
        None => stream,
    }
}

#[cfg(test)]
mod tests {
    use super::last_line;

    #[test]
    fn last_line_is_tail_n_1() {
        assert_eq!(last_line(b""), b"");
        assert_eq!(last_line(b"one"), b"one");
        assert_eq!(last_line(b"one\n"), b"one\n");
        assert_eq!(last_line(b"Traceback\n  x\nKeyError: 'a'\n"), b"KeyError: 'a'\n");
        assert_eq!(last_line(b"a\nb"), b"b");
        assert_eq!(last_line(b"a\n\n"), b"\n");
    }
}
