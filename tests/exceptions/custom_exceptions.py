# user-defined exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("widget")
except AppError as e:
    print(type(e).__name__, e, e.name, e.args, isinstance(e, Exception))
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args, repr(e))
try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e))
class Code(ValueError):
    def __init__(self, code):
        self.code = code
try:
    raise Code(404)
except ValueError as e:
    print(type(e).__name__, e.code, e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
