# `import` reads _helper.py from the script's directory (sys.path[0]).
import _helper

print(_helper.GREETING)
print(_helper.double(21))
try:
    import _no_such_module
except ImportError as e:
    print(type(e).__name__, e)
