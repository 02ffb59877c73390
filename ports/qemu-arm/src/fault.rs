//! What happens when the firmware itself goes wrong: a Rust panic (the VM
//! must never panic, so this is a bug, reported loudly) and processor
//! faults, above all a thread-stack overflow.
//!
//! Each prints one `FATAL:` line on the UART and ends QEMU with its own
//! status, so the test runner can tell them from a Python failure:
//! 101 panic, 102 stack overflow, 103 any other fault.
//!
//! Python code runs on the process stack (PSP) whose lowest address is the
//! start of RAM. QEMU reads the reserved region below RAM as zeros and
//! ignores writes there, so `guard_below_thread_stack` makes its top 32 MiB
//! inaccessible with the MPU: overflowing the stack is then a MemManage
//! fault (escalated to HardFault), however large the frame that crossed the
//! edge. The exception frame cannot be pushed on the exhausted stack
//! either, but the handler itself runs on the separate main stack (MSP), so
//! it still gets to report.

use crate::board::{self, Console};
use crate::semihosting;
use core::fmt::Write;

pub const EXIT_PANIC: i32 = 101;
pub const EXIT_STACK_OVERFLOW: i32 = 102;
pub const EXIT_FAULT: i32 = 103;

/// The word the thread stack is filled with at boot (for the high-water
/// mark).
const PAINT: u32 = 0xA5A5_A5A5;

extern "C" {
    static _thread_stack_bottom: u32;
    static _thread_stack_top: u32;
}

/// The thread stack's bounds as addresses (bottom, top).
pub fn thread_stack() -> (usize, usize) {
    // Only the addresses of the linker symbols are taken; their contents
    // are never read.
    (
        core::ptr::addr_of!(_thread_stack_bottom) as usize,
        core::ptr::addr_of!(_thread_stack_top) as usize,
    )
}

/// The MPU guard: no access at all to [bottom - 32 MiB, bottom) (the
/// bottom of the thread stack is 32 MiB aligned); everything else keeps the
/// default memory map.
pub fn guard_below_thread_stack(mpu: &mut cortex_m::peripheral::MPU) {
    const GUARD_LOG2: u32 = 25;
    const RBAR_VALID: u32 = 1 << 4;
    const RASR_XN: u32 = 1 << 28;
    const RASR_ENABLE: u32 = 1;
    const CTRL_ENABLE: u32 = 1;
    const CTRL_PRIVDEFENA: u32 = 1 << 2;
    let (bottom, _) = thread_stack();
    let base = bottom as u32 - (1 << GUARD_LOG2);
    // SAFETY: programs MPU region 0 as a no-access region over the reserved
    // hole below RAM, which holds nothing the firmware uses, then enables
    // the MPU with the default map for everything else; the barriers make
    // it apply before the thread stack is used.
    unsafe {
        mpu.rnr.write(0);
        mpu.rbar.write(base | RBAR_VALID);
        mpu.rasr
            .write(RASR_XN | ((GUARD_LOG2 - 1) << 1) | RASR_ENABLE);
        mpu.ctrl.write(CTRL_ENABLE | CTRL_PRIVDEFENA);
    }
    cortex_m::asm::dsb();
    cortex_m::asm::isb();
}

/// Fill the thread stack with PAINT. Called on the main stack before the
/// thread stack is first used.
pub fn paint_thread_stack() {
    let (bottom, top) = thread_stack();
    let mut address = bottom;
    while address < top {
        // SAFETY: [bottom, top) is RAM reserved for the thread stack by
        // memory.x, not yet in use (we run on the main stack).
        unsafe { core::ptr::write_volatile(address as *mut u32, PAINT) };
        address += 4;
    }
}

/// The most thread stack ever used, in bytes.
pub fn thread_stack_high_water() -> usize {
    let (bottom, top) = thread_stack();
    let mut address = bottom;
    // SAFETY: reads of words inside the thread stack region, which is RAM.
    while address < top && unsafe { core::ptr::read_volatile(address as *const u32) } == PAINT {
        address += 4;
    }
    top - address
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    cortex_m::interrupt::disable();
    let _ = write!(Console, "\nFATAL: Rust panic (a VM bug): {info}\n");
    board::uart_flush();
    semihosting::exit(EXIT_PANIC)
}

#[cortex_m_rt::exception]
unsafe fn HardFault(frame: &cortex_m_rt::ExceptionFrame) -> ! {
    // SAFETY: SCB is always present; these are reads of its fault status
    // and address registers.
    let (cfsr, hfsr, mmfar, bfar) = unsafe {
        let scb = &*cortex_m::peripheral::SCB::PTR;
        (
            scb.cfsr.read(),
            scb.hfsr.read(),
            scb.mmfar.read(),
            scb.bfar.read(),
        )
    };
    let psp = cortex_m::register::psp::read() as usize;
    let (bottom, top) = thread_stack();
    const MSTKERR: u32 = 1 << 4;
    const STKERR: u32 = 1 << 12;
    const BFARVALID: u32 = 1 << 15;
    const MMARVALID: u32 = 1 << 7;
    let near_bottom = |address: u32| {
        let address = address as usize;
        address < bottom && address >= bottom.saturating_sub(64 * 1024)
    };
    let overflow = cfsr & (MSTKERR | STKERR) != 0
        || (cfsr & BFARVALID != 0 && near_bottom(bfar))
        || (cfsr & MMARVALID != 0 && near_bottom(mmfar))
        || psp <= bottom;
    if overflow {
        let _ = writeln!(
            Console,
            "\nFATAL: stack overflow (the {} KiB thread stack is exhausted; CFSR={cfsr:#010x})",
            (top - bottom) / 1024
        );
    } else {
        let frame_address = frame as *const _ as usize;
        let _ = write!(
            Console,
            "\nFATAL: HardFault CFSR={cfsr:#010x} HFSR={hfsr:#010x} MMFAR={mmfar:#010x} BFAR={bfar:#010x}"
        );
        // The frame is readable only if it lies in RAM.
        if (0x2000_0000..0x2040_0000).contains(&frame_address) {
            let _ = write!(Console, " PC={:#010x} LR={:#010x}", frame.pc(), frame.lr());
        }
        let _ = writeln!(Console);
    }
    board::uart_flush();
    semihosting::exit(if overflow {
        EXIT_STACK_OVERFLOW
    } else {
        EXIT_FAULT
    })
}
