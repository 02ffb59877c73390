# in / not in across container types
print(1 in [1, 2], 3 not in [1, 2], "a" in "abc", "ab" in "abc", "ac" in "abc")
print(1 in (1,), 1 in {1: "x"}, "x" in {1: "x"}, 1 in {1}, 1 in range(2), b"a" in b"abc")
print([] in [[]], (1, 2) in [(1, 2)], None in [None], 1.0 in [1])
class C:
    def __contains__(self, item):
        print("contains", item)
        return item == 42
print(42 in C(), 1 in C(), 1 not in C())
class It:
    def __iter__(self):
        return iter([5, 6])
print(6 in It(), 7 in It())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
