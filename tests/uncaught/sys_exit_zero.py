# sys.exit(0) and finally blocks
import sys
try:
    print("in try")
    sys.exit(0)
finally:
    print("finally runs before exit")
