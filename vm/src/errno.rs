//! Error numbers: the names, values and messages of the usual `errno`
//! codes, for the `errno` module, for OSError's subclass and message, and
//! for ports that report a failed file operation by number.
//!
//! The values are Linux's (which newlib and most embedded C libraries
//! share for the common codes), so `OSError(errno.ENOENT, ...)` agrees with
//! what a unix port's system calls return.

/// (name, value, message), in ascending value; where two names share a
/// value the first is the one `errno.errorcode` gives (as CPython's).
pub static TABLE: &[(&str, i32, &str)] = &[
    ("EPERM", 1, "Operation not permitted"),
    ("ENOENT", 2, "No such file or directory"),
    ("ESRCH", 3, "No such process"),
    ("EINTR", 4, "Interrupted system call"),
    ("EIO", 5, "Input/output error"),
    ("ENXIO", 6, "No such device or address"),
    ("E2BIG", 7, "Argument list too long"),
    ("ENOEXEC", 8, "Exec format error"),
    ("EBADF", 9, "Bad file descriptor"),
    ("ECHILD", 10, "No child processes"),
    ("EAGAIN", 11, "Resource temporarily unavailable"),
    ("ENOMEM", 12, "Cannot allocate memory"),
    ("EACCES", 13, "Permission denied"),
    ("EFAULT", 14, "Bad address"),
    ("ENOTBLK", 15, "Block device required"),
    ("EBUSY", 16, "Device or resource busy"),
    ("EEXIST", 17, "File exists"),
    ("EXDEV", 18, "Invalid cross-device link"),
    ("ENODEV", 19, "No such device"),
    ("ENOTDIR", 20, "Not a directory"),
    ("EISDIR", 21, "Is a directory"),
    ("EINVAL", 22, "Invalid argument"),
    ("ENFILE", 23, "Too many open files in system"),
    ("EMFILE", 24, "Too many open files"),
    ("ENOTTY", 25, "Inappropriate ioctl for device"),
    ("ETXTBSY", 26, "Text file busy"),
    ("EFBIG", 27, "File too large"),
    ("ENOSPC", 28, "No space left on device"),
    ("ESPIPE", 29, "Illegal seek"),
    ("EROFS", 30, "Read-only file system"),
    ("EMLINK", 31, "Too many links"),
    ("EPIPE", 32, "Broken pipe"),
    ("EDOM", 33, "Numerical argument out of domain"),
    ("ERANGE", 34, "Numerical result out of range"),
    ("EDEADLOCK", 35, "Resource deadlock avoided"),
    ("EDEADLK", 35, "Resource deadlock avoided"),
    ("ENAMETOOLONG", 36, "File name too long"),
    ("ENOLCK", 37, "No locks available"),
    ("ENOSYS", 38, "Function not implemented"),
    ("ENOTEMPTY", 39, "Directory not empty"),
    ("ELOOP", 40, "Too many levels of symbolic links"),
    ("EWOULDBLOCK", 11, "Resource temporarily unavailable"),
    ("ENOTSOCK", 88, "Socket operation on non-socket"),
    ("EMSGSIZE", 90, "Message too long"),
    ("EPROTONOSUPPORT", 93, "Protocol not supported"),
    ("ENOTSUP", 95, "Operation not supported"),
    ("EOPNOTSUPP", 95, "Operation not supported"),
    (
        "EAFNOSUPPORT",
        97,
        "Address family not supported by protocol",
    ),
    ("EADDRINUSE", 98, "Address already in use"),
    ("EADDRNOTAVAIL", 99, "Cannot assign requested address"),
    ("ENETDOWN", 100, "Network is down"),
    ("ENETUNREACH", 101, "Network is unreachable"),
    ("ECONNABORTED", 103, "Software caused connection abort"),
    ("ECONNRESET", 104, "Connection reset by peer"),
    ("ENOBUFS", 105, "No buffer space available"),
    ("EISCONN", 106, "Transport endpoint is already connected"),
    ("ENOTCONN", 107, "Transport endpoint is not connected"),
    (
        "ESHUTDOWN",
        108,
        "Cannot send after transport endpoint shutdown",
    ),
    ("ETIMEDOUT", 110, "Connection timed out"),
    ("ECONNREFUSED", 111, "Connection refused"),
    ("EHOSTDOWN", 112, "Host is down"),
    ("EHOSTUNREACH", 113, "No route to host"),
    ("EALREADY", 114, "Operation already in progress"),
    ("EINPROGRESS", 115, "Operation now in progress"),
    ("ECANCELED", 125, "Operation canceled"),
];

pub const EPERM: i32 = 1;
pub const ENOENT: i32 = 2;
pub const EBADF: i32 = 9;
pub const EACCES: i32 = 13;
pub const EEXIST: i32 = 17;
pub const EISDIR: i32 = 21;
pub const EINVAL: i32 = 22;
pub const ENOSYS: i32 = 38;

/// The message for error `code` (as C's strerror), if known.
pub fn message(code: i32) -> Option<&'static str> {
    TABLE
        .iter()
        .find(|&&(_, value, _)| value == code)
        .map(|&(_, _, text)| text)
}

/// The builtin OSError subclass CPython raises for error `code`.
pub fn os_error_subclass(code: i32) -> Option<crate::types::TypeId> {
    use crate::types;
    let name = TABLE
        .iter()
        .find(|&&(_, value, _)| value == code)
        .map(|&(name, _, _)| name)?;
    Some(match name {
        "ENOENT" => types::FILE_NOT_FOUND_ERROR,
        "EEXIST" => types::FILE_EXISTS_ERROR,
        "EPERM" | "EACCES" => types::PERMISSION_ERROR,
        "EISDIR" => types::IS_A_DIRECTORY_ERROR,
        "ENOTDIR" => types::NOT_A_DIRECTORY_ERROR,
        "ETIMEDOUT" => types::TIMEOUT_ERROR,
        "EAGAIN" | "EALREADY" | "EINPROGRESS" => types::BLOCKING_IO_ERROR,
        "ECHILD" => types::CHILD_PROCESS_ERROR,
        "EPIPE" | "ESHUTDOWN" => types::BROKEN_PIPE_ERROR,
        "ECONNABORTED" => types::CONNECTION_ABORTED_ERROR,
        "ECONNREFUSED" => types::CONNECTION_REFUSED_ERROR,
        "ECONNRESET" => types::CONNECTION_RESET_ERROR,
        "EINTR" => types::INTERRUPTED_ERROR,
        "ESRCH" => types::PROCESS_LOOKUP_ERROR,
        _ => return None,
    })
}
