# loop targets of several forms
d = {}
for d["key"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "ab":
    pass
print(o.attr)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for a, *b in ["xyz", "pq"]:
    print(a, b)
for (x, y), z in [((1, 2), 3)]:
    print(x, y, z)
for _ in range(2):
    print("underscore")
