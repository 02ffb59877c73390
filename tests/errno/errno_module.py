import errno

print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EIO], errno.errorcode[errno.EAGAIN])
print(type(errno.EIO), type(errno.errorcode), errno.__name__)
names = ["EPERM", "ENOENT", "EIO", "EBADF", "ENOMEM", "EACCES", "EEXIST", "ENOTDIR", "EISDIR",
         "EINVAL", "ENOSPC", "EPIPE", "ETIMEDOUT", "ECONNRESET", "ECONNREFUSED", "EINPROGRESS"]
print(all(errno.errorcode[getattr(errno, n)] == n for n in names))
try:
    errno.ENOTANERROR
except AttributeError:
    print("AttributeError")
