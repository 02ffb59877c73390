# The dispatch loop computes float + - * / and comparisons directly; the
# results must be exactly the general path's, edge cases included.

inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, inf, -inf, nan, 3, -7, 0, 2**53, 2**53 + 1, -(2**60)]


def show(x):
    if isinstance(x, float):
        return repr(x)
    return str(x)


for a in values:
    row = []
    for b in values:
        if not (isinstance(a, float) or isinstance(b, float)):
            continue
        row.append(show(a + b))
        row.append(show(a - b))
        row.append(show(a * b))
        try:
            row.append(show(a / b))
        except ZeroDivisionError as e:
            row.append("ZeroDivisionError: " + str(e))
        row.append("".join("1" if c else "0" for c in (a == b, a != b, a < b, a <= b, a > b, a >= b)))
    print(show(a), " ".join(row))

# Large ints against floats compare exactly, not after rounding.
big = 2**53 + 1
print(big == float(big), big > float(big), float(big) < big)
print(2**63 == 2.0**63, 2**63 + 1 > 2.0**63, -(2**63) - 1 < -(2.0**63))

# In-place forms.
x = 1.0
x += 2
x -= 0.5
x *= 3
x /= 2
print(x)
y = 10
y += 0.25
print(y)
try:
    x /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x = 1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(-x, -(-0.0), -nan != -nan, -inf)

# Subclasses of float keep their operators.
class MyFloat(float):
    def __add__(self, other):
        return "MyFloat add"

    def __lt__(self, other):
        return "MyFloat lt"


m = MyFloat(2.0)
print(m + 1.0, m < 1.0, 1.0 + m, m * 2.0)

# A loop of float physics (the kind of code the fast path is for).
pos, vel = 0.0, 1.0
for step in range(1000):
    vel -= 9.81 * 0.001
    pos += vel * 0.001
    if pos < 0.0:
        pos = -pos
        vel = -vel * 0.5
print(round(pos, 9), round(vel, 9))
