# The Python-level part of `sys`, run when `sys` is first imported:
# `sys.version_info` (and `sys.implementation.version`) as CPython's struct
# sequence, a tuple whose items also have names, and `sys.implementation`
# as CPython's namespace object. The Rust part (sys.rs) has set
# `_platform` before this runs; the helper names are deleted at the end.
# The version numbers match `sys.version` in sys.rs.


class version_info(tuple):
    def __repr__(self):
        return (
            "sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)" % self
        )

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])


class SimpleNamespace:
    # types.SimpleNamespace: keyword attributes, shown in insertion order.
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        items = ", ".join("%s=%r" % item for item in self.__dict__.items())
        return "namespace(" + items + ")"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


implementation = SimpleNamespace(
    name="pyrite",
    cache_tag=None,
    version=version_info((0, 1, 0, "alpha", 0)),
    hexversion=0x000100A0,
    _machine=_platform,
    # No MicroPython .mpy version or native architecture: Pyrite runs
    # source only (see import.rs, refuse_mpy).
    _mpy=0,
    # MicroPython's flag for its 2.x semantics (MICROPY_PREVIEW_VERSION_2),
    # which move towards CPython's: overflow checks on array items, no
    # code.co_lnotab. Pyrite has those semantics, so code that branches on
    # the flag takes the CPython-like path.
    _v2=True,
)
version_info = version_info((3, 12, 0, "final", 0))
del SimpleNamespace, _platform
