# from module import * skips underscore names
from _helper import *
print(VALUE, greet("star"), Thing(1).double())
print("_private" in dir())
import _helper
print(_helper._private)
