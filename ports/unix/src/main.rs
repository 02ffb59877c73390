//! `pyrite`: Pyrite on Linux and other unix hosts, the counterpart of
//! MicroPython's unix port: runs a script, `-c` code or a `-m` module, or
//! starts the REPL; `--dis` prints bytecode.
//!
//! The VM runs on a thread of its own with a large stack: Python recursion
//! does not use Rust stack (it is bounded by the recursion limit), but
//! native code that calls back into Python does, up to the re-entry limit.
//!
//! The C `main` is ours (`no_main`): std's runtime set-up before a Rust
//! `main` asks glibc for the main thread's stack bounds (which reads and
//! parses /proc/self/maps), installs a stack-overflow handler with an
//! alternate signal stack for every thread and checks the standard file
//! descriptors: about a tenth of the instructions of `pyrite -c pass` and
//! some twenty system calls. The VM bounds its own Rust stack use
//! (`Vm::set_stack_limit`), so the overflow handler buys nothing here; the
//! one setting that matters, SIGPIPE ignored (a closed pipe is then an
//! error the program sees, as in CPython), is made below.
#![no_main]

mod files;
mod interrupt;
mod options;
mod port;
mod repl;

use options::{Options, Parsed, Program};
use port::UnixPort;
use pyrite_vm::compile::{compile_source, CompileMode};
use pyrite_vm::{Config, HeapMemory, ModuleDef, RunOutcome, Vm};
use std::io::{IsTerminal, Read, Write};

/// Rust stack for the VM thread.
const VM_STACK_BYTES: usize = 256 << 20;

/// The plugin modules compiled into this build (cargo features).
fn plugin_modules() -> Vec<&'static ModuleDef> {
    vec![
        #[cfg(feature = "mod-time")]
        &pyrite_mod_time::MODULE,
        #[cfg(feature = "mod-math")]
        &pyrite_mod_math::MATH_MODULE,
        #[cfg(feature = "mod-cmath")]
        &pyrite_mod_math::CMATH_MODULE,
        #[cfg(feature = "mod-random")]
        &pyrite_mod_random::MODULE,
        #[cfg(feature = "mod-struct")]
        &pyrite_mod_struct::MODULE,
        #[cfg(feature = "mod-collections")]
        &pyrite_mod_collections::MODULE,
        #[cfg(feature = "mod-errno")]
        &pyrite_mod_errno::MODULE,
        #[cfg(feature = "mod-io")]
        &pyrite_mod_io::MODULE,
        #[cfg(feature = "mod-json")]
        &pyrite_mod_json::MODULE,
        #[cfg(feature = "mod-re")]
        &pyrite_mod_re::MODULE,
        #[cfg(feature = "mod-asyncio")]
        &pyrite_mod_asyncio::MODULE,
        #[cfg(feature = "mod-machine")]
        &pyrite_mod_machine::MODULE,
    ]
}

/// The process entry, called by the C runtime. std still learns the
/// command line on glibc (it reads it in an `.init_array` function).
#[no_mangle]
pub extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
    let status = pyrite_main();
    // Nothing flushes std's stdout buffer after a C `main` returns.
    let _ = std::io::stdout().flush();
    libc::c_int::from(status)
}

fn pyrite_main() -> u8 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match options::parse(&args) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Print(text)) => {
            println!("{text}");
            return 0;
        }
        Err(message) => {
            eprintln!("pyrite: {message}\n{}", options::USAGE);
            return 2;
        }
    };
    ignore_sigpipe();
    share_malloc_arena();
    interrupt::install();
    let runner = std::thread::Builder::new()
        .name("pyrite".into())
        .stack_size(VM_STACK_BYTES)
        .spawn(move || run(options));
    let status = match runner.map(|handle| handle.join()) {
        Ok(Ok(status)) => status,
        _ => {
            eprintln!("pyrite: internal error: the interpreter thread failed");
            70
        }
    };
    status as u8
}

/// What std's runtime does before a Rust `main`: a write to a closed pipe
/// fails with EPIPE instead of killing the process.
fn ignore_sigpipe() {
    // SAFETY: setting a signal's disposition to SIG_IGN installs no handler
    // code; nothing else in the process manages SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

/// glibc gives the first allocation of each new thread an arena of its own
/// (a 64 MiB reservation, trimmed with two munmaps, plus a CPU count query).
/// Pyrite allocates from one thread at a time (the VM thread, once started),
/// so the main arena serves both.
fn share_malloc_arena() {
    #[cfg(target_env = "gnu")]
    // SAFETY: mallopt only changes a malloc tuning parameter; it is called
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// Read the program's source and name as the traceback shows it.
fn program_source(program: &Program) -> Result<(String, String), String> {
    match program {
        Program::Command(code) => Ok((code.clone(), "<string>".into())),
        Program::File(path) if path == "-" => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("can't read standard input: {e}"))?;
            Ok((text, "<stdin>".into()))
        }
        Program::File(path) => match std::fs::read(path) {
            Ok(bytes) => String::from_utf8(bytes)
                .map(|text| (text, path.clone()))
                .map_err(|_| format!("'{path}': source is not valid UTF-8")),
            Err(e) => Err(format!(
                "can't open file '{path}': [Errno {}] {}",
                e.raw_os_error().unwrap_or(0),
                describe_io_error(&e)
            )),
        },
        Program::Module(name) => {
            let relative = format!("{}.py", name.replace('.', "/"));
            for directory in module_search_path() {
                let path = if directory.is_empty() {
                    relative.clone()
                } else {
                    format!("{directory}/{relative}")
                };
                if let Ok(bytes) = std::fs::read(&path) {
                    let text = String::from_utf8(bytes)
                        .map_err(|_| format!("'{path}': source is not valid UTF-8"))?;
                    return Ok((text, path));
                }
            }
            Err(format!("No module named {name}"))
        }
        Program::Repl => Ok((String::new(), "<stdin>".into())),
    }
}

/// The OS's description of an error without Rust's " (os error N)" suffix.
fn describe_io_error(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

/// Directories searched for modules besides the script's own: PYRITEPATH,
/// or else MicroPython's MICROPYPATH (so tools that drive MicroPython's
/// unix port, such as its test runner, can point Pyrite at their modules).
fn module_search_path() -> Vec<String> {
    let mut path = vec![String::new()];
    let extra = std::env::var("PYRITEPATH").or_else(|_| std::env::var("MICROPYPATH"));
    if let Ok(extra) = extra {
        path.extend(extra.split(':').filter(|d| !d.is_empty()).map(String::from));
    }
    path
}

fn run(options: Options) -> i32 {
    let program = match options.program {
        // `pyrite < script.py` runs the script, as CPython does.
        Program::Repl if !std::io::stdin().is_terminal() => Program::File("-".into()),
        other => other,
    };
    let (source, filename) = match program_source(&program) {
        Ok(found) => found,
        Err(message) => {
            eprintln!("pyrite: {message}");
            return 2;
        }
    };
    if options.disassemble {
        return disassemble(&source, &filename);
    }

    let mut path = module_search_path();
    if let Program::File(file) | Program::Module(file) = &program {
        if file != "-" {
            let script = if matches!(program, Program::Module(_)) {
                filename.clone()
            } else {
                file.clone()
            };
            path[0] = match script.rfind('/') {
                Some(end) => script[..end].to_string(),
                None => String::new(),
            };
        }
    }
    let argv0 = match &program {
        Program::Command(_) => "-c".to_string(),
        Program::Repl => String::new(),
        _ => filename.clone(),
    };
    let mut argv = vec![argv0];
    argv.extend(options.args.iter().cloned());
    let config = Config {
        path,
        argv,
        platform: std::env::consts::OS,
        // Collect well before the (large, mostly untouched) heap is full,
        // so the resident set stays near the live data: after allocating
        // as much as the last collection kept, or 1 MiB when it kept less
        // (small live heaps keep reusing the same cached, mapped memory).
        collect_threshold_bytes: Some((options.heap_bytes / 8).clamp(64 << 10, 1 << 20)),
        collect_live_percent: 100,
        ..Config::default()
    };
    let words = options.heap_bytes / std::mem::size_of::<usize>();
    let memory = HeapMemory::Owned(vec![0usize; words].into_boxed_slice());
    let interactive = program == Program::Repl;
    let port = Box::new(UnixPort::new(interactive));
    let mut vm = Vm::with_config(memory, port, &plugin_modules(), config);
    vm.set_stack_limit(VM_STACK_BYTES);
    let status = if interactive {
        repl::run(&mut vm)
    } else {
        match vm.run_main(&source, &filename) {
            RunOutcome::Completed => 0,
            RunOutcome::Raised => 1,
            RunOutcome::Exit(status) => status,
        }
    };
    drop(vm);
    let _ = std::io::stdout().flush();
    status
}

fn disassemble(source: &str, filename: &str) -> i32 {
    let mut interner = pyrite_vm::qstr::Interner::new();
    match compile_source(source, filename, CompileMode::Module, &mut interner) {
        Ok(unit) => {
            let mut text = String::new();
            pyrite_vm::bytecode::disasm::disassemble(&unit, &interner, &mut text);
            print!("{text}");
            0
        }
        Err(error) => {
            eprintln!(
                "  File \"{filename}\", line {}\nSyntaxError: {}",
                error.pos.line, error.message
            );
            1
        }
    }
}
