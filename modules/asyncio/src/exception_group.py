# BaseExceptionGroup and ExceptionGroup (PEP 654), which TaskGroup raises.
# The VM has no builtin ones yet, so these are installed into builtins
# when asyncio is imported (docs/differences.md): `except ExceptionGroup`
# works, `except*` does not parse.

import builtins


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda exc: isinstance(exc, condition)
    if isinstance(condition, tuple) and all(
        isinstance(c, type) and issubclass(c, BaseException) for c in condition
    ):
        return lambda exc: isinstance(exc, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        if not isinstance(exceptions, (list, tuple)):
            raise TypeError("second argument (exceptions) must be a sequence")
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        every_exception = True
        for i, exc in enumerate(exceptions):
            if not isinstance(exc, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
            if not isinstance(exc, Exception):
                every_exception = False
        if cls is BaseExceptionGroup:
            if every_exception:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not every_exception:
            raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
        return super().__new__(cls, message, exceptions)

    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)
        self._message = message
        self._exceptions = tuple(exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _copy_metadata(self, group):
        group.__traceback__ = self.__traceback__
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        return group

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                m, r = exc.split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        matched = self._copy_metadata(self.derive(matched)) if matched else None
        rest = self._copy_metadata(self.derive(rest)) if rest else None
        return matched, rest

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


if hasattr(builtins, "BaseExceptionGroup"):
    BaseExceptionGroup = builtins.BaseExceptionGroup
    ExceptionGroup = builtins.ExceptionGroup
else:
    builtins.BaseExceptionGroup = BaseExceptionGroup
    builtins.ExceptionGroup = ExceptionGroup
