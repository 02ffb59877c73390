# class attributes vs instance attributes, and mutation through instances
class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append("a")
b.own.append("b")
print(C.shared, a.own, b.own, C.count, a.count)
a.count = 100
print(a.count, b.count, C.count)
print("count" in vars(a), "count" in vars(b))
setattr(C, "added", "later")
print(b.added, getattr(a, "added"), getattr(a, "nothing", None))
class D:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
    try:
        w = [x * i for i in range(3)]
    except NameError as e:
        print("class scope is not visible in a comprehension:", e)
print(D.y, D.z, hasattr(D, "w"))
