# importing a missing module
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
try:
    from no_such_module_either import x
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
