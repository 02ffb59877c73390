# KeyError repr-quotes its key
d = {"a": 1}
for key in ("missing", 5, (1, 2), "", "it's", None):
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["gone"]
except KeyError as e:
    print("del", e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}]
except TypeError as e:
    print(type(e).__name__, e)
