# sys.exit from within nested calls, with a non-int argument
import sys
def fail():
    sys.exit([1, 2])
fail()
