# print() writes to whatever sys.stdout holds, as CPython's does; the
# original stream stays reachable as sys.__stdout__.
import sys
import io

buffer = io.StringIO()
sys.stdout = buffer
print("captured", 1, sep="-")
print("no newline", end="!")
print()
sys.stdout = sys.__stdout__
print(repr(buffer.getvalue()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


collector = Collector()
sys.stdout = collector
print("a", "b", 3)
print(end="")
sys.stdout = sys.__stdout__
print(collector.parts)


# A write() that restores the original stream part-way through a print:
# the rest of that print still goes to the replacement.
class SwitchBack:
    def __init__(self):
        self.seen = []

    def write(self, text):
        self.seen.append(text)
        sys.stdout = sys.__stdout__


switch = SwitchBack()
sys.stdout = switch
print("x", "y")
print("after", switch.seen)


class Broken:
    def write(self, text):
        raise OSError("disk full")


sys.stdout = Broken()
try:
    print("lost")
except OSError as e:
    sys.stdout = sys.__stdout__
    print("OSError", e)

# An object without write() gives AttributeError, as in CPython.
sys.stdout = 42
try:
    print("nowhere")
except AttributeError as e:
    sys.stdout = sys.__stdout__
    print("AttributeError", e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
