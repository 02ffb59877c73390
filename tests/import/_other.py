# second support module; imports the first
import _helper
def uses_helper():
    return _helper.greet("from other")
LEVEL = "other"
