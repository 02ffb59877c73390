# from ... import ...
from _helper import VALUE, greet as hi, Thing
print(VALUE, hi("you"), Thing(3).n)
from _other import uses_helper, LEVEL
print(uses_helper(), LEVEL)
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__)
