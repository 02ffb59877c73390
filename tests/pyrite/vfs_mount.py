# vfs.mount of a filesystem object: open(), import, execfile, os.listdir
# and os.stat reach it; the port's own files stay where they were.
import io
import os
import sys
import vfs


class File(io.IOBase):
    def __init__(self, data, mode):
        self.data = data
        self.pos = 0
        self.binary = "b" in mode

    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n

    def ioctl(self, request, arg):  # MicroPython's stream protocol
        return 0 if request == 4 else -1

    def read(self):
        rest = self.data[self.pos :]
        self.pos = len(self.data)
        return rest if self.binary else rest.decode()


class MemoryFS:
    def __init__(self, files):
        self.files = files

    def mount(self, readonly, mkfs):
        print("mount", readonly, mkfs)

    def umount(self):
        print("umount")

    def open(self, path, mode):
        print("open", path, mode)
        if path not in self.files:
            raise OSError(2)
        return File(self.files[path], mode)

    def stat(self, path):
        if path in self.files:
            return (0o100000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        if path == "/" or path == "/pkg":
            return (0o040000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        raise OSError(2)

    def ilistdir(self, path):
        prefix = path.rstrip("/") + "/"
        names = set()
        for name in self.files:
            if name.startswith(prefix):
                names.add(name[len(prefix) :].split("/")[0])
        for name in sorted(names):
            yield (name, 0x8000, 0)


files = {
    "/hello.py": b"print('hello from', __name__)\nVALUE = 42\n",
    "/script.py": b"result = 6 * 7\nprint('script ran')\n",
    "/data.txt": b"line one\nline two\n",
    "/pkg/__init__.py": b"print('package', __name__)\n",
    "/pkg/sub.py": b"print('submodule', __name__)\n",
    "/old.mpy": b"M\x06\x00\x1f",
    "/junk.mpy": b"",
}
fs = MemoryFS(files)
vfs.mount(fs, "/mem")
vfs.mount(fs, "/ro", readonly=True)
print([point for _, point in vfs.mount()])
print(vfs.mount()[0][0] is fs)

# open() on a mounted path goes to the object's open().
print(open("/mem/data.txt", "rb").read())
print(open("/mem/data.txt").read().split())
try:
    open("/mem/missing.txt")
except OSError as error:
    print("OSError", error.args)

# os.listdir lists the object's entries, and mount points where they are.
print(os.listdir("/mem"))
print(os.listdir("/mem/pkg"))
print("mem" in os.listdir("/"), "ro" in os.listdir("/"))
print(os.stat("/mem/data.txt")[6], os.stat("/mem")[0] & 0o170000 == 0o040000)

# import finds modules and packages on the mounted filesystem.
sys.path.append("/mem")
import hello

print(hello.VALUE, hello.__file__)
import pkg.sub

print(pkg.sub.__name__)
for name in ("old", "junk"):
    try:
        __import__(name)
    except ValueError as error:
        print(name, "ValueError", error)
try:
    import nothing_here
except ImportError as error:
    print(type(error).__name__, error)
sys.path.pop()

# execfile runs a file in the caller's namespace.
execfile("/mem/script.py")
print(result)
namespace = {}
execfile("/mem/script.py", namespace)
print(namespace["result"])
for bad in (b"/mem/script.py", None):
    try:
        execfile(bad)
    except TypeError as error:
        print("TypeError", error)
try:
    execfile("/mem/absent.py")
except OSError as error:
    print("OSError", error.args)

# Mount points are unique, and none is inside another; umount takes the
# point or the object.
for point in ("/mem", "/mem/", "/mem/inner"):
    try:
        vfs.mount(fs, point)
    except OSError as error:
        print("OSError", error.errno)
vfs.umount("/ro")
vfs.umount(fs)
for target in ("/mem", fs, "/nowhere"):
    try:
        vfs.umount(target)
    except OSError as error:
        print("OSError", error.errno)
try:
    open("/mem/data.txt")
except OSError as error:
    print("OSError", error.errno)

# A filesystem whose open() returns no stream.
class Broken:
    def open(self, path, mode):
        return None


vfs.mount(Broken(), "/broken")
try:
    execfile("/broken/x.py")
except OSError:
    print("OSError from a non-stream")
vfs.umount("/broken")

# Relative paths are still the port's files.
print([name for name in os.listdir("pyrite") if name.startswith("vfs_mount") and name.endswith(".py")])
print(os.stat("pyrite")[0] & 0o170000 == 0o040000, os.sep)
