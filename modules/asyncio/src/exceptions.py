# asyncio's exceptions. CancelledError is a BaseException (as in CPython
# 3.8+), so `except Exception` in a task does not swallow a cancellation.
# TimeoutError is the builtin one, as in CPython 3.11.


# Named as CPython names them in reports (`asyncio.exceptions.CancelledError`).
class CancelledError(BaseException):
    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    __module__ = "asyncio.exceptions"


class IncompleteReadError(EOFError):
    __module__ = "asyncio.exceptions"

    # readexactly() met the end of the stream. An EOFError, which is what
    # MicroPython's readexactly raises.
    def __init__(self, partial, expected):
        super().__init__(
            "%d bytes read on a total of %r expected bytes" % (len(partial), expected)
        )
        self.partial = partial
        self.expected = expected


TimeoutError = TimeoutError
