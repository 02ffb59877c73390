//! `pyrite`: Pyrite on Linux and other unix hosts, the counterpart of
//! MicroPython's unix port: runs a script, `-c` code or a `-m` module, or
//! starts the REPL; `--dis` prints bytecode.
//!
//! The VM runs on a thread of its own with a large stack: Python recursion
//! does not use Rust stack (it is bounded by the recursion limit), but
//! native code that calls back into Python does, up to the re-entry limit.

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
use std::process::ExitCode;

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
    ]
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match options::parse(&args) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Print(text)) => {
            println!("{text}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("pyrite: {message}\n{}", options::USAGE);
            return ExitCode::from(2);
        }
    };
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
    ExitCode::from(status as u8)
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
        // so the resident set stays near the live data.
        collect_threshold_bytes: Some((options.heap_bytes / 8).clamp(64 << 10, 32 << 20)),
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
