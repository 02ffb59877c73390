# sys.implementation and sys.platform
import sys
print(sys.implementation.name)
print(type(sys.platform).__name__)
print(repr(sys.implementation).split(", _machine")[0])
print(sys.implementation.cache_tag, sys.implementation.version[:2], hex(sys.implementation.hexversion))
