# help(): MicroPython's short form (CPython's pydoc is not on a
# microcontroller), written to the console as print() is.
help()
help(len)
help(lambda: 0)


class Point:
    dimensions = 2

    def norm(self):
        return 0

    @classmethod
    def origin(cls):
        return cls()

    @staticmethod
    def unit():
        return 1


help(Point)
help(Point.norm)
help(Point.origin)
help(dict.fromkeys)
help([1, 2])
help("text".join)
help(None)
import vfs

help(vfs)
try:
    help(1, 2)
except TypeError as error:
    print("TypeError", error)
