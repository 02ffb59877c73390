# user __getitem__ / __setitem__ / __delitem__ receiving slices
class Rec:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step, self.data[k])
        return ("index", k, self.data[k])
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
r = Rec()
print(r[3], r[-1], r[2:5], r[::3], r[:], r[::-4])
r[0:3] = ["a"]
print(r.data)
del r[::2]
print(r.data)
r[1] = "set"
print(r.data)
