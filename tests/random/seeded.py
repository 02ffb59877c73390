# A seed fixes the sequence; the values themselves are not printed (they
# cannot match CPython's generator), only their properties.
import random

random.seed(12345)
first = [random.getrandbits(32) for _ in range(20)]
floats = [random.random() for _ in range(5)]
random.seed(12345)
print(first == [random.getrandbits(32) for _ in range(20)], floats == [random.random() for _ in range(5)])
random.seed(54321)
print(first == [random.getrandbits(32) for _ in range(20)])
random.seed(2**100 + 7)
a = random.getrandbits(64)
random.seed(2**100 + 7)
print(a == random.getrandbits(64))
random.seed(0)
print(random.getrandbits(16) != 0 or random.getrandbits(16) != 0)
random.seed()
random.seed(None)
print(random.seed(1) is None)


# Other seed types: floats, text and bytes seed by their contents.
def sequence(seed):
    random.seed(seed)
    return [random.getrandbits(24) for _ in range(8)]


print(sequence("abc") == sequence("abc"), sequence("abc") == sequence("abd"), sequence(b"xy") == sequence(bytearray(b"xy")))
print(sequence(2.5) == sequence(2.5), sequence(2.5) == sequence(3.5), sequence(-7) == sequence(7))
for bad in [[1], (1,), 1j]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
