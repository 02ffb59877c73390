# Native code runs everything bytecode does, including what MicroPython's
# native emitter rejects (bare raise, raise from).


@micropython.native
def reraise():
    try:
        {}["missing"]
    except KeyError:
        raise


@micropython.native
def chained():
    try:
        1 // 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e


try:
    reraise()
except KeyError as e:
    print("KeyError", e)

try:
    chained()
except ValueError as e:
    print("ValueError", e, type(e.__cause__).__name__)


@micropython.native
def nested(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise IndexError(i)
                out.append(i)
            finally:
                out.append("f")
        except IndexError as e:
            out.append(e.args[0] * 10)
    return out


print(nested(4))
