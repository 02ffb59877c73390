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
