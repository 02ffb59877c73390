# infinity and NaN
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(float("-inf"), float("Infinity"), float("-NaN"), float("INF"))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan >= nan)
print(1 / inf, -1 / inf)
print(nan in [nan], nan is nan)
x = [nan]
print(x[0] in x, x == x)
print(max(1, inf), min(-inf, 0))
print(str(inf * -1), int(1e300) > 0)
