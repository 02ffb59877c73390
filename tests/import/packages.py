# Packages: __init__ runs once, relative imports inside the package,
# submodules as attributes, `from package import *` honouring __all__,
# sys.modules entries, and __name__/__package__.
import sys
import _pkg
print(_pkg.helper(), _pkg.CONSTANT, _pkg.exported)
import _pkg  # a second import does not run __init__ again
import _pkg._mod as mod
print(mod is _pkg._mod, mod.__name__)
from _pkg._nested import depth, parent_constant
print(depth, parent_constant)
from _pkg._nested._deep import package_name, parent_module
print(package_name, parent_module)
print("_pkg" in sys.modules, "_pkg._nested._deep" in sys.modules)
print(sys.modules["_pkg._mod"] is mod)

namespace = {}
exec("from _pkg import *", namespace)
print(sorted(k for k in namespace if not k.startswith("__")))

try:
    from _pkg import does_not_exist
except ImportError as e:
    print("ImportError:", e)
try:
    import _pkg._missing
except ImportError as e:
    print(type(e).__name__ + ":", e)
print(__name__, __package__)
