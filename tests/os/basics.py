# os: uname(), listdir(), stat() on the files next to the tests, sep.
import os

u = os.uname()
print(len(u), str(u).startswith("posix.uname_result(sysname="))
print(all(isinstance(field, str) for field in u))
print(u[0] == u.sysname, u[1] == u.nodename, u[2] == u.release)
print(u[3] == u.version, u[4] == u.machine, tuple(u) == u)
sysname, nodename, release, version, machine = u
print(machine == u.machine, "%s %s %s %s %s" % u == " ".join(u))

names = os.listdir("os")
print(sorted(name for name in names if name.startswith("basics") and name.endswith(".py")))
print("os" in os.listdir("."), "os" in os.listdir())
info = os.stat("os/basics.py")
print(info[0] & 0o170000 == 0o100000, info[6] > 100, len(tuple(info)) >= 10)
print(os.stat("os")[0] & 0o170000 == 0o040000, os.sep)

for call, argument in ((os.listdir, "os/no-such-dir"), (os.stat, "os/no-such-file")):
    try:
        call(argument)
    except OSError as error:
        print(type(error).__name__, error.errno)
try:
    os.stat(42.0)
except TypeError as error:
    print("TypeError")
