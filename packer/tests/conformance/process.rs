//! Running one test program: captured streams, a deadline, and a kill when it passes.

use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Output beyond this per stream is drained and dropped (a runaway loop printing forever
/// must not eat the machine's memory); the run is then reported as truncated.
pub const MAX_CAPTURE: usize = 32 << 20;

pub struct Run {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub outcome: Outcome,
    pub elapsed: Duration,
    /// More than [`MAX_CAPTURE`] bytes on a stream; the rest was dropped.
    pub overflowed: bool,
    /// The pipes stayed open after the process ended (a grandchild holds them).
    pub pipes_left_open: bool,
}

pub enum Outcome {
    Exited(i32),
    /// Ended by a signal (a crash: SIGSEGV, SIGABRT…), with its number.
    Signalled(i32),
    /// Ran past the deadline and was killed.
    TimedOut,
}

pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Run, String> {
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let (tx, rx) = mpsc::channel();
    let pipes: [(usize, Option<Box<dyn Read + Send>>); 2] = [
        (0, child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>)),
        (1, child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>)),
    ];
    for (which, pipe) in pipes {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let (buf, truncated) = pipe.map_or((Vec::new(), false), drain);
            let _ = tx.send((which, buf, truncated));
        });
    }
    drop(tx);
    let deadline = start + timeout;
    let outcome = loop {
        match child.try_wait() {
            Ok(Some(status)) => break outcome_of(status),
            Ok(None) => {}
            Err(e) => return Err(format!("waiting for the test process: {e}")),
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break Outcome::TimedOut;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let mut run = Run { stdout: Vec::new(), stderr: Vec::new(), outcome, elapsed, overflowed: false, pipes_left_open: false };
    // A grandchild could keep the pipes open after the child died; don't wait on it forever.
    let grace = Instant::now() + Duration::from_secs(5);
    for _ in 0..2 {
        match rx.recv_timeout(grace.saturating_duration_since(Instant::now())) {
            Ok((which, buf, overflowed)) => {
                run.overflowed |= overflowed;
                if which == 0 {
                    run.stdout = buf;
                } else {
                    run.stderr = buf;
                }
            }
            Err(_) => {
                run.pipes_left_open = true;
                break;
            }
        }
    }
    Ok(run)
}

fn drain(mut pipe: Box<dyn Read + Send>) -> (Vec<u8>, bool) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1 << 16];
    let mut truncated = false;
    loop {
        match pipe.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                if buf.len() + n <= MAX_CAPTURE {
                    buf.extend_from_slice(&chunk[..n]);
                } else {
                    truncated = true;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    (buf, truncated)
}

#[cfg(unix)]
fn outcome_of(status: ExitStatus) -> Outcome {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Outcome::Exited(code),
        (None, Some(sig)) => Outcome::Signalled(sig),
        (None, None) => Outcome::Signalled(0),
    }
}

#[cfg(not(unix))]
fn outcome_of(status: ExitStatus) -> Outcome {
    Outcome::Exited(status.code().unwrap_or(-1))
}
