# os.uname()'s result: a tuple whose items are also attributes, as
# CPython's struct sequence posix.uname_result.
class uname_result(tuple):
    _field_names = ("sysname", "nodename", "release", "version", "machine")

    def __repr__(self):
        fields = ", ".join(
            "%s=%r" % (name, value) for name, value in zip(self._field_names, self)
        )
        return "posix.uname_result(" + fields + ")"

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def uname():
    return uname_result(_uname_fields())
