# copysign, nextafter, ulp and fabs: exact operations on the bits.
import math

inf = float("inf")
print(math.copysign(1.0, -0.0), math.copysign(3, -2), math.copysign(-2.0, 0.0), math.copysign(inf, -1))
print(math.copysign(1.0, float("nan")), math.copysign(1.0, -float("nan")), math.copysign(1.0, math.nan))
print(repr(math.nextafter(1.0, 2.0)), repr(math.nextafter(1.0, 0.0)), repr(math.nextafter(0.0, 1.0)), repr(math.nextafter(0.0, -1.0)))
print(repr(math.nextafter(1.7976931348623157e308, inf)), repr(math.nextafter(inf, 0.0)), repr(math.nextafter(2.0, 2.0)))
print(repr(math.ulp(1.0)), repr(math.ulp(-1.0)), repr(math.ulp(0.0)), repr(math.ulp(2.0**52)), repr(math.ulp(1e300)))
print(repr(math.ulp(1.7976931348623157e308)), math.ulp(inf), math.isnan(math.ulp(float("nan"))), repr(math.ulp(5e-324)))
print(repr(math.fabs(-3)), repr(math.fabs(-0.0)), repr(math.fabs(-inf)), repr(math.fabs(2**80)))
