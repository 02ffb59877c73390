//! Ctrl-C: a SIGINT handler that only sets a flag, which the VM polls (on
//! backward jumps and calls) and turns into KeyboardInterrupt. The REPL
//! also reads it while waiting for input.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only async-signal-safe work here: one atomic store.
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Route SIGINT to the flag. Without SA_RESTART, so that a blocking read
/// at the REPL prompt returns EINTR and the prompt can react.
pub fn install() {
    // SAFETY: `action` is fully initialised before use (zeroed, then the
    // handler and an empty mask set); `on_sigint` is an `extern "C"` function
    // that only performs an atomic store, which is async-signal-safe.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        libc::sigemptyset(&mut action.sa_mask);
        action.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Whether Ctrl-C was pressed since the last `take`, clearing the flag.
pub fn take() -> bool {
    INTERRUPTED.swap(false, Ordering::SeqCst)
}

/// Whether Ctrl-C was pressed, leaving the flag set for the VM to see.
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}
