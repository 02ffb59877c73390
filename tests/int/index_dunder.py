# objects with __index__ work where ints are required
class Two:
    def __index__(self):
        return 2
t = Two()
print([10, 20, 30][t], "abcd"[t], (1, 2, 3)[t], range(10)[t], [0, 1, 2, 3][t:], bin(t), hex(t), oct(t))
print(list(range(t)), "ab" * t, [0] * t, bytes(t), (5).to_bytes(t, "big"), int(t) if hasattr(Two, "__int__") else "no __int__")
class Big:
    def __index__(self):
        return 2 ** 70
print(hex(Big()), range(Big())[-1] == 2 ** 70 - 1)
class NotIndex:
    pass
try:
    [1][NotIndex()]
except TypeError as e:
    print(type(e).__name__, e)
