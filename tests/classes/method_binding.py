# bound and unbound methods
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a = C(1)
m = a.get
a.n = 2
print(m(), C.get(a), C.get(C(3)))
print(m == a.get, m.__self__ is a, m.__func__ is C.get)
ms = [C(i).get for i in range(3)]
print([f() for f in ms])
a.get = lambda: "instance attribute shadows"
print(a.get(), C.get(a))
def free(self):
    return "free", self.n
C.free = free
print(a.free())
print(list(map(C.get, [C(7), C(8)])))
