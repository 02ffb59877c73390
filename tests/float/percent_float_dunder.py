# %-formatting of floats accepts anything with __float__ (and ints), as
# float() does.
class F:
    def __float__(self):
        return 10.25


class I:
    def __index__(self):
        return 3


print("%.1f" % F(), "%e" % F(), "%g" % F(), "%5.2f|" % F(), "%f" % 7, "%.2f" % True)
print("%.1f" % float(F()), "%d" % I(), "%x" % I())
for bad in ["1.5", None, [1.0], 1j]:
    try:
        print("%f" % (bad,))
    except TypeError as e:
        print("TypeError", e)


class MyFloat(float):
    pass


print("%.3f" % MyFloat(2.5), "%.0f" % MyFloat(0.5))
