# import of a support module in the same directory
import _helper
print(_helper.VALUE, _helper.greet("world"), _helper.Thing(5).double())
print(type(_helper).__name__, _helper.__name__)
import _helper
print("second import does not re-run the module")
_helper.items.append(1)
import _helper as h
print(h is _helper, h.items)
