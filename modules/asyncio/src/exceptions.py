# asyncio's exceptions. CancelledError is a BaseException (as in CPython
# 3.8+), so `except Exception` in a task does not swallow a cancellation.
# TimeoutError is the builtin one, as in CPython 3.11.


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class IncompleteReadError(EOFError):
    # readexactly() met the end of the stream. An EOFError, which is what
    # MicroPython's readexactly raises.
    def __init__(self, partial, expected):
        super().__init__(
            "%d bytes read on a total of %r expected bytes" % (len(partial), expected)
        )
        self.partial = partial
        self.expected = expected


TimeoutError = TimeoutError
