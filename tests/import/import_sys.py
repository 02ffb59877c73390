# the sys module
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.path).__name__)
print(sys.maxsize >= 2 ** 31 - 1, type(sys.version_info[0]).__name__, sys.version_info[0])
print(type(sys.modules).__name__, "sys" in sys.modules, "_nope_" in sys.modules)
print(sys.byteorder in ("little", "big"), type(sys.platform).__name__)
sys.stdout.write("written to stdout\n")
print(hasattr(sys, "exit"), callable(sys.exit))
import _helper
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
