# unary operators on numbers and user classes
print(-5, +5, ~5, -(-5), --5, -+-5, ~~5, -0.0, +(-0.0), -(2 ** 64), ~(2 ** 64), ~-(2 ** 64))
print(-True, +True, ~False, -2.5, +2.5)
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
u = U()
print(-u, +u, ~u)
for fn in (lambda: -"s", lambda: +[], lambda: ~2.0, lambda: -None):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
