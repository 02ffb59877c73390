# throw() into a generator suspended in `yield from` goes to the
# sub-generator first.
def inner():
    try:
        yield "inner 1"
    except ValueError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    yield "inner 2"
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer end"


g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
print(next(g))


# An exception the sub-generator does not handle comes out of `yield from`.
def leaf():
    yield 1


def middle():
    try:
        yield from leaf()
    except KeyError as e:
        print("middle caught", repr(e))
        yield "middle after"


g = middle()
print(next(g))
print(g.throw(KeyError("k")))


# A sub-generator that returns when something is thrown in.
def quitter():
    try:
        yield 1
    except ZeroDivisionError:
        return "quit"


def wrapper():
    value = yield from quitter()
    print("wrapper got", value)
    yield "wrapper done"


g = wrapper()
next(g)
print(g.throw(ZeroDivisionError))

# throw(type, value) forms.
g = outer()
next(g)
print(g.throw(ValueError, "built"))
g = outer()
next(g)
print(g.throw(ValueError, ValueError("instance")))
g = outer()
next(g)
try:
    g.throw(123)
except TypeError as e:
    print("TypeError:", e)
# The TypeError came out of the sub-generator, so it ended the delegating
# generator too.
print(next(g, "exhausted"))
