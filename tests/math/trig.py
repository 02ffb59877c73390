# Trigonometric functions, rounded to 12 digits; exact zeros by repr.
import math

for x in [0.0, 0.5, 1.0, -1.0, 2.0, 3.0, 100.0, -1e6]:
    print(x, "%.12g %.12g %.12g %.12g" % (math.sin(x), math.cos(x), math.tan(x), math.atan(x)))
for x in [-1.0, -0.5, 0.0, 0.25, 1.0]:
    print(x, "%.12g %.12g" % (math.asin(x), math.acos(x)))
print(repr(math.sin(0.0)), repr(math.sin(-0.0)), repr(math.tan(-0.0)), repr(math.atan(-0.0)))
print(repr(math.atan(float("inf"))), repr(math.atan(float("-inf"))))
for y, x in [(1.0, 1.0), (1.0, -1.0), (-1.0, -1.0), (0.0, -0.0), (-0.0, -0.0), (0.0, 0.0), (-0.0, 1.0),
             (1.0, 0.0), (float("inf"), float("inf")), (float("-inf"), 1.0), (1.0, float("-inf"))]:
    print("atan2", y, x, "%.12g" % math.atan2(y, x))
print(repr(math.degrees(math.pi)), repr(math.radians(180.0)), repr(math.degrees(0.0)), repr(math.radians(-90)))
