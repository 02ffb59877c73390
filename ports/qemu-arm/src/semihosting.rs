//! Arm semihosting: the calls the firmware makes into QEMU (started with
//! `-semihosting-config enable=on,target=native`) to read its command line
//! and the host's files, learn the time, and exit with a status.
//!
//! Each call is `bkpt 0xab` with the operation number in r0 and, in r1, a
//! pointer to a block of argument words (or a single word); the result comes
//! back in r0. Paths are relative to QEMU's working directory.

use alloc::vec;
use alloc::vec::Vec;

const SYS_OPEN: usize = 0x01;
const SYS_CLOSE: usize = 0x02;
const SYS_READ: usize = 0x06;
const SYS_FLEN: usize = 0x0C;
const SYS_TIME: usize = 0x11;
const SYS_GET_CMDLINE: usize = 0x15;
const SYS_EXIT: usize = 0x18;
const SYS_EXIT_EXTENDED: usize = 0x20;

/// `reason` of an exit: the application finished (its status follows).
const ADP_STOPPED_APPLICATION_EXIT: usize = 0x20026;
/// Open mode "rb".
const MODE_READ_BINARY: usize = 1;

/// One semihosting call.
///
/// # Safety
/// `arg` must be what operation `op` expects: a pointer to a block of words
/// that are valid (and writable where the operation writes) for the call.
unsafe fn call(op: usize, arg: usize) -> isize {
    let result: isize;
    // SAFETY: `bkpt 0xab` traps to QEMU, which performs the operation and
    // returns in r0; the caller guarantees the argument block is valid, and
    // the asm is not `nomem`, so the compiler assumes memory may change.
    unsafe {
        core::arch::asm!(
            "bkpt #0xab",
            inout("r0") op => result,
            in("r1") arg,
            options(nostack, preserves_flags),
        );
    }
    result
}

/// The command line QEMU was given (`-semihosting-config ...,arg=A,arg=B`
/// gives "A B"; without args, the kernel's file name).
pub fn command_line() -> Option<Vec<u8>> {
    let mut buffer = vec![0u8; 2048];
    let mut block = [buffer.as_mut_ptr() as usize, buffer.len()];
    // SAFETY: the block names a writable buffer of its stated length; QEMU
    // writes at most that many bytes and stores the length used in block[1].
    let status = unsafe { call(SYS_GET_CMDLINE, block.as_mut_ptr() as usize) };
    if status != 0 {
        return None;
    }
    let len = block[1].min(buffer.len());
    buffer.truncate(len);
    while buffer.last() == Some(&0) {
        buffer.pop();
    }
    Some(buffer)
}

/// The whole contents of the host file `path`, or None if it cannot be
/// opened or read completely (missing, a directory...).
pub fn read_file(path: &str) -> Option<Vec<u8>> {
    if path.is_empty() || path.as_bytes().contains(&0) || path.starts_with(':') {
        // ":tt" and friends are the console, not files.
        return None;
    }
    let mut name = Vec::with_capacity(path.len() + 1);
    name.extend_from_slice(path.as_bytes());
    name.push(0);
    let open_block = [name.as_ptr() as usize, MODE_READ_BINARY, path.len()];
    // SAFETY: the block names a NUL-terminated string of the given length,
    // alive for the call.
    let handle = unsafe { call(SYS_OPEN, open_block.as_ptr() as usize) };
    if handle < 0 {
        return None;
    }
    let handle = handle as usize;
    let contents = read_open(handle);
    let close_block = [handle];
    // SAFETY: a one-word block holding a handle SYS_OPEN returned.
    unsafe { call(SYS_CLOSE, close_block.as_ptr() as usize) };
    contents
}

fn read_open(handle: usize) -> Option<Vec<u8>> {
    let flen_block = [handle];
    // SAFETY: a one-word block holding an open handle.
    let length = unsafe { call(SYS_FLEN, flen_block.as_ptr() as usize) };
    if length < 0 {
        return None;
    }
    let mut buffer = vec![0u8; length as usize];
    if buffer.is_empty() {
        return Some(buffer);
    }
    let read_block = [handle, buffer.as_mut_ptr() as usize, buffer.len()];
    // SAFETY: the block names an open handle and a writable buffer of the
    // stated length; QEMU writes at most that many bytes.
    let not_read = unsafe { call(SYS_READ, read_block.as_ptr() as usize) };
    if not_read != 0 {
        return None;
    }
    Some(buffer)
}

/// Seconds since the Unix epoch on the host.
pub fn time_seconds() -> u64 {
    // SAFETY: SYS_TIME takes no argument block (r1 must be 0).
    let seconds = unsafe { call(SYS_TIME, 0) };
    seconds.max(0) as u64
}

/// End the emulation: QEMU exits with `status`.
pub fn exit(status: i32) -> ! {
    let block = [ADP_STOPPED_APPLICATION_EXIT, status as u32 as usize];
    // SAFETY: a two-word block (reason, status) as SYS_EXIT_EXTENDED expects.
    unsafe { call(SYS_EXIT_EXTENDED, block.as_ptr() as usize) };
    // A host without the extended call: plain SYS_EXIT can only say
    // success (status 0) or failure (status 1).
    let reason = if status == 0 {
        ADP_STOPPED_APPLICATION_EXIT
    } else {
        0x20023 // ADP_Stopped_RunTimeErrorUnknown
    };
    // SAFETY: on 32-bit Arm SYS_EXIT takes the reason code itself in r1.
    unsafe { call(SYS_EXIT, reason) };
    loop {
        cortex_m::asm::wfi();
    }
}
