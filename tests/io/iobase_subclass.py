# IOBase as a base class: print(file=...) calls write for each piece
import io


class Recorder(io.IOBase):
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)
        return len(text)


r = Recorder()
print("a", 1, [2], file=r)
print("x", "y", sep="-", end="!", file=r)
print(file=r)
print(r.pieces)
print(r.closed, r.readable(), r.writable(), r.seekable(), r.isatty())
with r as same:
    print(same is r)
print(r.closed)


class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(Lines(["1\n", "2\n"])), Lines(["a", "b"]).readlines())


class Chunks(io.StringIO):
    pass


c = Chunks()
c.write("p\nq\n")
c.seek(0)
print([line for line in c], isinstance(c, io.IOBase))
