import sys
import gc
from sys import maxsize as big
print(type(sys.modules).__name__, big > 0)
gc.collect()

from gc import collect
print(collect.__name__)
def local_import():
    import sys as s
    return s.maxsize == big
print(local_import())
try:
    import nonexistent_module_xyz
except ImportError as e:
    print("ImportError")
