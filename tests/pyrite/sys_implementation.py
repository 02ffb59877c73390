# sys.implementation and sys.platform
import sys
print(sys.implementation.name)
print(type(sys.platform).__name__)
