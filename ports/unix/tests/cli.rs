//! The `pyrite` command as a user meets it: options, exit statuses,
//! tracebacks on stderr, sys.argv, -m, standard input, and the REPL on a
//! pseudo-terminal.

use std::io::{Read, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn pyrite(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("pyrite runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pyrite-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn command_prints_and_exits_zero() {
    let output = pyrite(&["-c", "print(1 + 1, 'x', sep='-')"]);
    assert_eq!(stdout(&output), "2-x\n", "stderr: {}", stderr(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn uncaught_exception_gives_traceback_and_status_one() {
    let output = pyrite(&["-c", "def f():\n    return 1 // 0\nf()"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("line 2, in f"), "{err}");
    assert!(
        err.ends_with("ZeroDivisionError: integer division or modulo by zero\n"),
        "{err}"
    );
}

#[test]
fn system_exit_codes_are_honoured() {
    assert_eq!(
        pyrite(&["-c", "import sys; sys.exit(3)"]).status.code(),
        Some(3)
    );
    assert_eq!(pyrite(&["-c", "raise SystemExit"]).status.code(), Some(0));
    let output = pyrite(&["-c", "raise SystemExit('bye')"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "bye\n");
}

#[test]
fn syntax_error_names_line_and_column() {
    let output = pyrite(&["-c", "x = 1\ny = (2 +\n"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("  File \"<string>\", line 2\n"), "{err}");
    assert!(err.contains("SyntaxError: '(' was never closed"), "{err}");
}

#[test]
fn script_gets_its_arguments_and_imports_beside_it() {
    let dir = temp_dir("script");
    std::fs::write(dir.join("helper.py"), "VALUE = 42\n").unwrap();
    std::fs::write(
        dir.join("main.py"),
        "import sys, helper\nprint(sys.argv[1:], helper.VALUE, __name__)\n",
    )
    .unwrap();
    let script = dir.join("main.py");
    let output = pyrite(&[script.to_str().unwrap(), "a", "-c"]);
    assert_eq!(
        stdout(&output),
        "['a', '-c'] 42 __main__\n",
        "{}",
        stderr(&output)
    );
}

#[test]
fn module_option_runs_a_module_as_main() {
    let dir = temp_dir("module");
    std::fs::write(
        dir.join("tool.py"),
        "import sys\nprint(__name__, sys.argv[1:])\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .args(["-m", "tool", "x"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(stdout(&output), "__main__ ['x']\n", "{}", stderr(&output));
}

#[test]
fn program_from_standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"for i in range(3):\n    print(i)\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(stdout(&output), "0\n1\n2\n");
}

#[test]
fn small_heap_raises_catchable_memory_error() {
    let code =
        "try:\n    x = [0] * 100000\nexcept MemoryError:\n    print('caught')\nprint('after')";
    let output = pyrite(&["-X", "heapsize=64k", "-c", code]);
    assert_eq!(stdout(&output), "caught\nafter\n", "{}", stderr(&output));
}

#[test]
fn bad_options_and_missing_files_are_reported() {
    let output = pyrite(&["--no-such-option"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("Unknown option: --no-such-option"));
    let output = pyrite(&["/no/such/file.py"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("can't open file '/no/such/file.py'"));
    let output = pyrite(&["-X", "heapsize=lots", "-c", "pass"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn dis_prints_register_bytecode() {
    let dir = temp_dir("dis");
    let file = dir.join("f.py");
    std::fs::write(&file, "def f(a, b):\n    return a + b\n").unwrap();
    let output = pyrite(&["--dis", file.to_str().unwrap()]);
    let text = stdout(&output);
    assert!(text.contains("Add"), "{text}");
    assert!(text.contains("Return"), "{text}");
}

/// What the REPL has written to the pty so far, collected by a thread so
/// that waiting for text can time out.
struct Screen {
    text: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Screen {
    fn follow(mut master: std::fs::File) -> Screen {
        let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = text.clone();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 1024];
            loop {
                match master.read(&mut buffer) {
                    Ok(0) => return,
                    Ok(n) => sink
                        .lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buffer[..n])),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => return,
                }
            }
        });
        Screen { text }
    }

    /// Wait until `needle` has appeared `count` times in all.
    fn wait_for(&self, needle: &str, count: usize) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let text = self.text.lock().unwrap().clone();
            if text.matches(needle).count() >= count {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("waited for {needle:?} x{count}; screen: {text:?}"));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

#[test]
fn repl_echoes_results_continues_blocks_and_exits_on_ctrl_d() {
    use std::os::fd::FromRawFd;
    let (mut master_fd, mut slave_fd) = (0, 0);
    // SAFETY: openpty writes two file descriptors into the given integers;
    // the name, termios and winsize arguments may be null.
    let opened = unsafe {
        libc::openpty(
            &mut master_fd,
            &mut slave_fd,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(opened, 0, "openpty failed");
    // SAFETY: slave_fd is a fresh descriptor owned by nobody else; each
    // Stdio takes its own duplicate.
    let slave = unsafe { std::fs::File::from_raw_fd(slave_fd) };
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .stdin(slave.try_clone().unwrap())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave)
        .spawn()
        .unwrap();
    // SAFETY: master_fd is a fresh descriptor that only this File owns.
    let mut master = unsafe { std::fs::File::from_raw_fd(master_fd) };
    let screen = Screen::follow(master.try_clone().unwrap());
    let check = |result: Result<(), String>, child: &mut std::process::Child| {
        if let Err(message) = result {
            let _ = child.kill();
            panic!("{message}");
        }
    };
    check(screen.wait_for(">>> ", 1), &mut child);
    master.write_all(b"6 * 7\n").unwrap();
    check(screen.wait_for("\n42\r\n", 1), &mut child);
    master.write_all(b"for i in range(2):\n").unwrap();
    check(screen.wait_for("... ", 1), &mut child);
    master.write_all(b"    print('row', i)\n\n").unwrap();
    check(screen.wait_for("row 1", 1), &mut child);
    master.write_all(b"1/0\n").unwrap();
    check(screen.wait_for("ZeroDivisionError", 1), &mut child);
    check(screen.wait_for(">>> ", 4), &mut child);
    // Ctrl-D (the terminal's EOF character) at an empty prompt exits.
    master.write_all(b"\x04").unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("REPL did not exit on Ctrl-D");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success());
}
