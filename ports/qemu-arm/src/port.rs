//! `QemuPort`: the VM's window on the board. Console output (stdout and
//! stderr alike, so the stream reads as CPython's `2>&1`) goes to UART0;
//! the clock is SysTick; files are the host's, read through semihosting;
//! Ctrl-C arriving on the UART is a KeyboardInterrupt.

use crate::board;
use crate::semihosting;
use alloc::vec::Vec;
use pyrite_vm::Port;

pub struct QemuPort {
    /// Host time (ns since the epoch) at boot minus the clock then, so
    /// `time.time()` advances with the microsecond clock.
    wall_clock_base_ns: u64,
    /// The `machine` module's board, made on first use: simulated pins
    /// until the firmware drives the board's GPIO.
    #[cfg(feature = "mod-machine")]
    machine: Option<alloc::boxed::Box<dyn pyrite_mod_machine::MachinePort>>,
}

/// Sixteen simulated pins (one GPIO block's worth), the CPU clock.
#[cfg(feature = "mod-machine")]
fn simulated_board() -> alloc::boxed::Box<dyn pyrite_mod_machine::MachinePort> {
    alloc::boxed::Box::new(pyrite_mod_machine::SimulatedBoard::new(
        16,
        board::CPU_HZ,
        b"pyrite-qemu-arm",
    ))
}

impl QemuPort {
    pub fn new() -> QemuPort {
        let boot_ns = semihosting::time_seconds().saturating_mul(1_000_000_000);
        QemuPort {
            wall_clock_base_ns: boot_ns.saturating_sub(board::ticks_us() * 1000),
            #[cfg(feature = "mod-machine")]
            machine: None,
        }
    }
}

impl Port for QemuPort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        board::uart_write(bytes);
    }

    fn write_stderr(&mut self, bytes: &[u8]) {
        board::uart_write(bytes);
    }

    fn ticks_us(&mut self) -> u64 {
        board::ticks_us()
    }

    fn sleep_us(&mut self, us: u64) {
        board::sleep_us(us);
    }

    fn wall_clock_ns(&mut self) -> Option<u64> {
        Some(self.wall_clock_base_ns + board::ticks_us() * 1000)
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        semihosting::read_file(path)
    }

    #[cfg(feature = "mod-machine")]
    fn device(&mut self, module: &str) -> Option<&mut dyn core::any::Any> {
        if module != "machine" {
            return None;
        }
        Some(self.machine.get_or_insert_with(simulated_board) as &mut dyn core::any::Any)
    }

    fn take_interrupt(&mut self) -> bool {
        // Only Ctrl-C matters while a program runs; other input is dropped
        // (there is no `input()` on this port yet).
        let mut interrupted = false;
        while let Some(byte) = board::uart_read_byte() {
            interrupted |= byte == 0x03;
        }
        interrupted
    }
}
