# user objects as dict keys: identity by default, value with __eq__/__hash__
class Id:
    pass
a, b = Id(), Id()
d = {a: "a", b: "b"}
print(d[a], d[b], len(d), a in d, Id() in d)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
d2 = {Key(1): "one", Key(2): "two"}
print(d2[Key(1)], Key(3) in d2, len({Key(1), Key(1)}))
