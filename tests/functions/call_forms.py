# many ways to call one function
def f(a, b=2, *args, c, d=4, **kw):
    return "a=%r b=%r args=%r c=%r d=%r kw=%r" % (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
print(f(c=1, a=0))
print(f(1, *(), c=3, **{}))
params = {"a": "A", "c": "C", "d": "D"}
print(f(**params))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, c=1, **{"c": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, c=3, **{5: 1})
except TypeError as e:
    print(type(e).__name__, e)
