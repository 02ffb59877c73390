//! The mps2-an386 hardware the firmware drives: CMSDK UART0 (the console,
//! polled) and SysTick (a 1 kHz interrupt counting milliseconds; the
//! microsecond clock combines that count with the current down-counter).
//!
//! All register access is volatile MMIO at the addresses of the AN386
//! memory map; nothing here allocates.

use core::fmt;
use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{AtomicU32, Ordering};

const UART0: usize = 0x4000_4000;
const UART_DATA: usize = UART0;
const UART_STATE: usize = UART0 + 0x04;
const UART_CTRL: usize = UART0 + 0x08;
const UART_BAUDDIV: usize = UART0 + 0x10;
const STATE_TX_FULL: u32 = 1 << 0;
const STATE_RX_FULL: u32 = 1 << 1;
const CTRL_TX_ENABLE: u32 = 1 << 0;
const CTRL_RX_ENABLE: u32 = 1 << 1;

/// The processor clock of the AN386 image (SysTick counts it).
pub const CPU_HZ: u32 = 25_000_000;
const SYSTICK_HZ: u32 = 1000;
const RELOAD: u32 = CPU_HZ / SYSTICK_HZ - 1;
const CYCLES_PER_US: u32 = CPU_HZ / 1_000_000;

fn read(address: usize) -> u32 {
    // SAFETY: callers pass only the addresses of the UART and SysTick
    // registers defined above, which are always mapped on this board, and
    // reading them has no effect beyond the device's documented one.
    unsafe { read_volatile(address as *const u32) }
}

fn write(address: usize, value: u32) {
    // SAFETY: as in `read`: a device register of this board.
    unsafe { write_volatile(address as *mut u32, value) }
}

/// Enable the UART transmitter and receiver.
pub fn uart_init() {
    write(UART_BAUDDIV, 16);
    write(UART_CTRL, CTRL_TX_ENABLE | CTRL_RX_ENABLE);
}

pub fn uart_write(bytes: &[u8]) {
    for &byte in bytes {
        while read(UART_STATE) & STATE_TX_FULL != 0 {}
        write(UART_DATA, byte as u32);
    }
}

/// Wait until the last byte has left the transmit register (before exit).
pub fn uart_flush() {
    while read(UART_STATE) & STATE_TX_FULL != 0 {}
}

/// A received byte, if one is waiting.
pub fn uart_read_byte() -> Option<u8> {
    if read(UART_STATE) & STATE_RX_FULL != 0 {
        Some(read(UART_DATA) as u8)
    } else {
        None
    }
}

/// `write!` to the console (panic and fault messages).
pub struct Console;

impl fmt::Write for Console {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        uart_write(text.as_bytes());
        Ok(())
    }
}

/// Milliseconds since `clock_init`, counted by the SysTick handler.
static MILLISECONDS: AtomicU32 = AtomicU32::new(0);
/// Overflows of MILLISECONDS (every ~49.7 days), for a 64-bit clock.
static EPOCHS: AtomicU32 = AtomicU32::new(0);

/// Start SysTick: processor clock, interrupt every millisecond.
pub fn clock_init(mut systick: cortex_m::peripheral::SYST) {
    use cortex_m::peripheral::syst::SystClkSource;
    systick.set_clock_source(SystClkSource::Core);
    systick.set_reload(RELOAD);
    systick.clear_current();
    systick.enable_interrupt();
    systick.enable_counter();
}

#[cortex_m_rt::exception]
fn SysTick() {
    let before = MILLISECONDS.fetch_add(1, Ordering::Relaxed);
    if before == u32::MAX {
        EPOCHS.fetch_add(1, Ordering::Relaxed);
    }
}

/// The last value `ticks_us` returned: QEMU may show the counter already
/// reloaded before the interrupt that counts the millisecond has run, so
/// the clock never reports less than it did before.
static LAST_US: cortex_m::interrupt::Mutex<core::cell::Cell<u64>> =
    cortex_m::interrupt::Mutex::new(core::cell::Cell::new(0));

/// Microseconds since `clock_init` (monotonic).
pub fn ticks_us() -> u64 {
    let now = raw_ticks_us();
    cortex_m::interrupt::free(|cs| {
        let last = LAST_US.borrow(cs);
        let value = now.max(last.get());
        last.set(value);
        value
    })
}

fn raw_ticks_us() -> u64 {
    loop {
        let epochs = EPOCHS.load(Ordering::Relaxed);
        let ms = MILLISECONDS.load(Ordering::Relaxed);
        let current = cortex_m::peripheral::SYST::get_current();
        // A SysTick interrupt between the reads changes the count: retry,
        // so the millisecond count and the sub-millisecond part agree.
        if MILLISECONDS.load(Ordering::Relaxed) == ms && EPOCHS.load(Ordering::Relaxed) == epochs {
            let total_ms = ((epochs as u64) << 32) | ms as u64;
            let elapsed_cycles = RELOAD.saturating_sub(current);
            return total_ms * 1000 + (elapsed_cycles / CYCLES_PER_US) as u64;
        }
    }
}

/// Wait about `us` microseconds, sleeping between SysTick interrupts.
pub fn sleep_us(us: u64) {
    let deadline = ticks_us().saturating_add(us);
    loop {
        let now = ticks_us();
        if now >= deadline {
            return;
        }
        if deadline - now > 1000 {
            // The next SysTick interrupt (at most 1 ms away) wakes us.
            cortex_m::asm::wfi();
        }
    }
}
