# yield from over objects that are iterators but not generators: send(),
# throw() and StopIteration values.
class Echo:
    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > 3:
            raise StopIteration("echo done")
        return "next %d" % self.count

    def send(self, value):
        if value == "stop":
            raise StopIteration("stopped by send")
        return "echo %s" % value

    def throw(self, *args):
        print("throw got", [a.__name__ if isinstance(a, type) else a for a in args])
        if args[0] is KeyError:
            raise StopIteration("stopped by throw")
        return "threw"


def delegate():
    result = yield from Echo()
    print("result", result)
    yield "after"


g = delegate()
print(next(g))
print(g.send("hi"))
print(g.send("stop"))

g = delegate()
next(g)
print(g.throw(ValueError))
print(g.throw(KeyError))

g = delegate()
print(list(g))


class Plain:
    def __iter__(self):
        return iter([1, 2])


def no_send():
    yield from Plain()


g = no_send()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)
