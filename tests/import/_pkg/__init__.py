# A package for import/packages.py: relative imports, __all__, submodules.
print("initialising", __name__)
from ._mod import helper, CONSTANT
from . import _nested
__all__ = ["helper", "exported"]
exported = "exported from the package"
hidden = "not in __all__"
