//! Running one program and timing it. The figure that counts is the CPU
//! time the child used (user + system, from `wait4`'s rusage): on a machine
//! shared with other work, wall-clock time mostly measures the waiting.
//! Wall time from spawn to exit is kept too. Stdout is captured; a timeout
//! kills the child. One thread waits in `poll` on the child's output pipes
//! and its pidfd: an earlier version woke every 100 µs to check on the
//! child and read its pipes on two more threads, which made an empty
//! program's 1.1 ms start-up measure 1.9 ms.

use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct Finished {
    pub stdout: Vec<u8>,
    /// User + system CPU seconds of the child.
    pub cpu_seconds: f64,
    pub wall_seconds: f64,
}

/// How a child ended, as `wait4` reports it.
struct Ended {
    /// The exit code; None when a signal ended it.
    code: Option<i32>,
    signal: Option<i32>,
    cpu_seconds: f64,
}

/// Reap `pid`, which has ended, with its CPU time.
fn reap(pid: libc::pid_t) -> Result<Ended, String> {
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data that wait4 fills in; an all-zero
    // value is a valid initial state.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, ended but not yet reaped (std's Child
    // is never waited on here), and both pointers are to live locals.
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if reaped < 0 {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1_000_000.0;
    Ok(Ended {
        code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        signal: libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status)),
        cpu_seconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
    })
}

/// Run `command` to its end; an error says why it did not finish cleanly
/// (exit status, signal, timeout) with the end of its stderr.
pub fn run_timed(command: &mut Command, timeout: Duration) -> Result<Finished, String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let pid = child.id() as libc::pid_t;
    let exited = pid_fd(pid)?;
    let deadline = start + timeout;
    let mut outputs = [Vec::new(), Vec::new()];
    let mut open = [true, true];
    let mut ended = false;
    while !ended || open.iter().any(|&o| o) {
        let Some(remaining) = deadline.checked_duration_since(Instant::now()) else {
            // SAFETY: the child is not reaped yet, so `pid` still names it.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
            let _ = reap(pid);
            return Err(format!("timed out after {} s", timeout.as_secs()));
        };
        let fds = [stdout.as_raw_fd(), stderr.as_raw_fd(), exited.as_raw_fd()];
        let watched = [open[0], open[1], !ended];
        let mut polled: Vec<libc::pollfd> = (0..3)
            .filter(|&i| watched[i])
            .map(|i| libc::pollfd {
                fd: fds[i],
                events: libc::POLLIN,
                revents: 0,
            })
            .collect();
        let milliseconds = remaining.as_millis().clamp(1, i32::MAX as u128) as libc::c_int;
        // SAFETY: `polled` is a live array of `polled.len()` pollfds.
        let ready = unsafe {
            libc::poll(
                polled.as_mut_ptr(),
                polled.len() as libc::nfds_t,
                milliseconds,
            )
        };
        if ready < 0 {
            let error = std::io::Error::last_os_error();
            if error.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(format!("poll: {error}"));
        }
        for entry in polled.iter().filter(|entry| entry.revents != 0) {
            if entry.fd == fds[2] {
                ended = true;
                continue;
            }
            let which = usize::from(entry.fd == fds[1]);
            let source: &mut dyn Read = if which == 0 { &mut stdout } else { &mut stderr };
            let mut buffer = [0u8; 1 << 16];
            match source.read(&mut buffer) {
                Ok(0) | Err(_) => open[which] = false,
                Ok(n) => outputs[which].extend_from_slice(&buffer[..n]),
            }
        }
    }
    let ended = reap(pid)?;
    let wall_seconds = start.elapsed().as_secs_f64();
    let [stdout, stderr] = outputs;
    if ended.code != Some(0) {
        let how = match (ended.code, ended.signal) {
            (Some(code), _) => format!("exit status {code}"),
            (None, Some(signal)) => format!("killed by signal {signal}"),
            (None, None) => "ended abnormally".to_string(),
        };
        let stderr = String::from_utf8_lossy(&stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!("failed ({how}):\n{}", tail.join("\n")));
    }
    Ok(Finished {
        stdout,
        cpu_seconds: ended.cpu_seconds,
        wall_seconds,
    })
}

/// A descriptor that becomes readable when child `pid` ends
/// (`pidfd_open`, Linux 5.3).
fn pid_fd(pid: libc::pid_t) -> Result<OwnedFd, String> {
    // SAFETY: pidfd_open takes a pid and flags and returns a new descriptor
    // or -1; it touches no memory of ours.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return Err(format!("pidfd_open: {}", std::io::Error::last_os_error()));
    }
    // SAFETY: `fd` is a descriptor just opened for us and owned by nothing else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// The median of `values` (the mean of the middle two for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[middle]
    } else {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    })
}

/// The geometric mean of `values` (all positive).
pub fn geometric_mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let log_sum: f64 = values.iter().map(|v| v.ln()).sum();
    Some((log_sum / values.len() as f64).exp())
}

#[cfg(test)]
mod tests {
    use super::{geometric_mean, median, run_timed};
    use std::process::Command;
    use std::time::Duration;

    #[test]
    fn medians_and_geometric_means() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[]), None);
        let g = geometric_mean(&[2.0, 8.0]).unwrap();
        assert!((g - 4.0).abs() < 1e-12);
    }

    #[test]
    fn runs_report_output_and_failures() {
        let run = run_timed(Command::new("echo").arg("hi"), Duration::from_secs(10)).unwrap();
        assert_eq!(run.stdout, b"hi\n");
        assert!(run.cpu_seconds >= 0.0 && run.wall_seconds > 0.0);
        let failed = run_timed(&mut Command::new("false"), Duration::from_secs(10));
        assert!(failed.unwrap_err().contains("exit status 1"));
        let slow = run_timed(Command::new("sleep").arg("5"), Duration::from_millis(200));
        assert!(slow.unwrap_err().contains("timed out"));
    }
}
