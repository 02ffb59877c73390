# sys.version_info is a struct sequence (a tuple with named fields);
# sys.implementation a namespace. Their values differ between
# implementations, so only their shape is printed.
import sys

v = sys.version_info
print(type(v).__name__, isinstance(v, tuple), len(v))
print(v.major == v[0], v.minor == v[1], v.micro == v[2], v.releaselevel == v[3], v.serial == v[4])
print(v >= (3, 0), v[:1] == (3,), v.releaselevel in ("alpha", "beta", "candidate", "final"))
print(repr(v).startswith("sys.version_info(major=3, minor="), str(v) == repr(v))
major, minor, micro, level, serial = v
print(major == 3, type(minor).__name__)

impl = sys.implementation
print(type(impl).__name__, repr(impl).startswith("namespace(name="))
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(type(impl.version).__name__, isinstance(impl.version, tuple), len(impl.version))
print(isinstance(impl.hexversion, int), "cache_tag" in repr(impl), "version=sys.version_info(" in repr(impl))
print(sorted(k for k in vars(impl) if not k.startswith("_")))
