# OSError's errno/strerror/filename, its str, and the subclass errno picks
import errno

cases = [
    OSError(),
    OSError("message"),
    OSError(errno.EIO),
    OSError(errno.EIO, "I/O trouble"),
    OSError(errno.ENOENT, "No such file or directory", "name.txt"),
    OSError(errno.EEXIST, "File exists", "a", None, "b"),
    OSError(1, 2, 3, 4),
]
for e in cases:
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, "|", e)
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
             errno.ETIMEDOUT, errno.EAGAIN, errno.EPIPE, errno.ECONNRESET, errno.ECONNREFUSED,
             errno.EINTR, errno.ECHILD, errno.ESRCH, errno.EINVAL):
    print(code, type(OSError(code, "x")).__name__)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(BlockingIOError, OSError))
print(type(FileNotFoundError(errno.EEXIST, "x")).__name__, IOError is OSError)
try:
    raise OSError(errno.ENOENT, "gone", "f")
except FileNotFoundError as e:
    print("caught", e)
