//! Pyrite firmware for QEMU's mps2-an386 board (Cortex-M4F).
//!
//! Boot: cortex-m-rt's reset code runs `reset` on the main stack (MSP); it
//! starts the UART and SysTick, puts an MPU guard below the thread stack,
//! fills the thread stack with a pattern (to measure its high-water mark)
//! and switches to it (PSP), so an overflow faults (see fault.rs) instead
//! of running into anything. Exception handlers keep the MSP.
//!
//! `firmware_main` then sets up the Rust heap (the allocator behind the
//! VM's compiler, code and value stack: all RAM after .bss), hands the VM
//! a static 64 KiB GC heap, reads the script path from the semihosting
//! command line, reads the script from the host, runs it, and leaves QEMU
//! with the program's status: 0 completed, 1 uncaught exception (the
//! traceback is already on the UART), n for `sys.exit(n)`, 2 when the script
//! cannot be opened. Without a script it runs a built-in greeting.
//!
//! Command line (`-semihosting-config enable=on,target=native,arg=...`):
//! `firmware [--stats] [script.py [args...]]`; `--stats` prints heap and
//! stack use at start-up and at exit.

#![no_std]
#![no_main]

extern crate alloc;

mod board;
mod fault;
mod port;
mod semihosting;

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;
use cortex_m as _;
use embedded_alloc::LlffHeap;
use pyrite_vm::{Config, HeapMemory, RunOutcome, Vm};

use board::Console;

/// The allocator for the VM's Rust-side data.
#[global_allocator]
static ALLOCATOR: LlffHeap = LlffHeap::empty();

/// The GC heap's size in bytes.
const GC_HEAP_BYTES: usize = 64 * 1024;
const GC_HEAP_WORDS: usize = GC_HEAP_BYTES / core::mem::size_of::<usize>();

/// The GC heap: zeroed .bss, handed to the VM once.
static mut GC_HEAP: [usize; GC_HEAP_WORDS] = [0; GC_HEAP_WORDS];

// Recursion limits. Measured with `--stats` (thread-stack high-water mark)
// at two depths each, on this build (see README.md):
//   Python-to-Python calls: no machine stack (one dispatch loop; frames
//     and registers live on the Rust heap);
//   each re-entry of the interpreter from Rust: 300 B (generators) to
//     1.15 KiB (`__str__` via str(), `__lt__` via sorted());
//   each level of container nesting in repr / == / hash: 64 / 288 / 88 B;
//   parsing + compiling at the parser's nesting limit: up to 240 KiB.
// Budget for the 1 MiB thread stack, assuming these can all stack up (an
// `eval` or `import` at the deepest re-entry, comparing deep lists):
// 200 re-entries at a pessimistic 1.5 KiB = 300 KiB, 1000 nesting levels
// at 288 B = 288 KiB, compiling 240 KiB: 828 KiB, leaving ~200 KiB spare.
// These equal the VM's defaults, so programs hit RecursionError at the
// same depths as on the unix port.

/// Python frames before RecursionError (`sys.getrecursionlimit()`).
const RECURSION_LIMIT: usize = 1000;
/// Re-entries of the interpreter from Rust (native callbacks, `__init__`,
/// dunder methods, generators, class bodies).
const REENTRY_LIMIT: usize = 200;
/// Nesting of containers in repr, comparison and hashing.
const NESTING_LIMIT: usize = 1000;

const HELLO: &str = "print('Hello from Pyrite on QEMU mps2-an386 (Cortex-M4F)!')\n";

extern "C" {
    /// End of .bss/.uninit: the Rust heap starts here (cortex-m-rt).
    static __sheap: u32;
    /// End of RAM (cortex-m-rt).
    static _ram_end: u32;
}

#[cortex_m_rt::entry]
fn reset() -> ! {
    board::uart_init();
    let mut peripherals = cortex_m::Peripherals::take().expect("peripherals taken once");
    fault::guard_below_thread_stack(&mut peripherals.MPU);
    board::clock_init(peripherals.SYST);
    fault::paint_thread_stack();
    let (_, top) = fault::thread_stack();
    // SAFETY: `top` is the 8-aligned top of the thread stack reserved in
    // memory.x and not otherwise used. Setting CONTROL.SPSEL makes thread
    // mode use the PSP from the next instruction; `firmware_main` never
    // returns, so nothing reads this function's frame on the MSP again.
    unsafe {
        core::arch::asm!(
            "msr psp, {top}",
            "movs {tmp}, #2",
            "msr control, {tmp}",
            "isb",
            "bl {main}",
            "udf #0",
            top = in(reg) top,
            tmp = in(reg) 0u32,
            main = sym firmware_main,
            options(noreturn),
        );
    }
}

extern "C" fn firmware_main() -> ! {
    // SAFETY: [__sheap, _ram_end) is RAM after every section (memory.x and
    // cortex-m-rt's link.x), used by nothing else; init is called once,
    // before any allocation.
    unsafe {
        let start = core::ptr::addr_of!(__sheap) as usize;
        let end = core::ptr::addr_of!(_ram_end) as usize;
        ALLOCATOR.init(start, end - start);
    }

    let args = command_line_args();
    if args.iter().any(|a| a == "--sleep") {
        let t0 = board::ticks_us();
        board::sleep_us(2_000_000);
        let t1 = board::ticks_us();
        let mut spin = 0u32;
        let t2 = board::ticks_us();
        while board::ticks_us() < t2 + 1_000_000 {
            spin += 1;
        }
        let _ = writeln!(
            Console,
            "slept {} us; spin {} in 1s; {}",
            t1 - t0,
            spin,
            semihosting::time_seconds()
        );
    }
    let stats = args.first().map(String::as_str) == Some("--stats");
    let args = if stats { &args[1..] } else { &args[..] };

    let (source, script) = match args.first() {
        Some(script) => match semihosting::read_file(script) {
            Some(bytes) => (bytes, script.clone()),
            None => {
                let _ = writeln!(
                    Console,
                    "pyrite: can't open file '{script}': [Errno 2] No such file or directory"
                );
                finish(2)
            }
        },
        None => (HELLO.as_bytes().to_vec(), String::from("<hello>")),
    };

    let directory = match script.rsplit_once('/') {
        Some((directory, _)) => String::from(if directory.is_empty() { "/" } else { directory }),
        None => String::new(),
    };
    let config = Config {
        recursion_limit: RECURSION_LIMIT,
        reentry_limit: REENTRY_LIMIT,
        nesting_limit: NESTING_LIMIT,
        path: alloc::vec![directory],
        argv: args.to_vec(),
        platform: "qemu-arm",
        ..Config::default()
    };

    // SAFETY: the only reference ever made to GC_HEAP, taken once here and
    // handed to the VM for the rest of the program.
    let gc_heap: &'static mut [usize] =
        unsafe { &mut *core::ptr::addr_of_mut!(GC_HEAP) }.as_mut_slice();
    let mut vm = Vm::with_config(
        HeapMemory::Static(gc_heap),
        Box::new(port::QemuPort::new()),
        PLUGIN_MODULES,
        config,
    );
    if stats {
        report(&vm, "start-up");
    }

    let status = match core::str::from_utf8(&source) {
        Ok(text) => match vm.run_main(text, &script) {
            RunOutcome::Completed => 0,
            RunOutcome::Raised => 1,
            RunOutcome::Exit(code) => code,
        },
        Err(error) => {
            let _ = writeln!(
                Console,
                "SyntaxError: '{script}' is not UTF-8 (byte {})",
                error.valid_up_to()
            );
            1
        }
    };
    if stats {
        report(&vm, "exit");
    }
    finish(status)
}

/// The plugin modules compiled in (cargo features of this crate).
static PLUGIN_MODULES: &[&pyrite_vm::ModuleDef] = &[
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
];

/// The semihosting command line without the program name, split at
/// spaces (paths with spaces are not supported).
fn command_line_args() -> Vec<String> {
    let Some(line) = semihosting::command_line() else {
        return Vec::new();
    };
    let line = String::from_utf8_lossy(&line).to_string();
    line.split_ascii_whitespace()
        .skip(1)
        .map(String::from)
        .collect()
}

fn report(vm: &Vm, when: &str) {
    let _ = writeln!(
        Console,
        "[stats {when}] gc heap {} of {} bytes used; rust heap {} bytes used, {} free; thread stack high water {} bytes",
        vm.heap.bytes_used(),
        vm.heap.bytes_total(),
        ALLOCATOR.used(),
        ALLOCATOR.free(),
        fault::thread_stack_high_water(),
    );
}

fn finish(status: i32) -> ! {
    board::uart_flush();
    semihosting::exit(status)
}
