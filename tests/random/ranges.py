# Every function stays in its range; small ranges are all reached.
import random

random.seed(7)
print(all(random.getrandbits(b) < (1 << b) for b in (1, 2, 3, 8, 31, 32, 33, 64, 100) for _ in range(50)))
print(random.getrandbits(0), random.getrandbits(200).bit_length() <= 200)
print(sorted(set(random.randrange(5) for _ in range(300))))
print(sorted(set(random.randrange(2, 6) for _ in range(300))))
print(sorted(set(random.randrange(-3, 3, 2) for _ in range(300))))
print(sorted(set(random.randrange(10, 0, -3) for _ in range(300))))
print(sorted(set(random.randint(-1, 1) for _ in range(300))))
print(sorted(set(random.choice("abc") for _ in range(300))), sorted(set(random.choice((1, 2)) for _ in range(100))))
print(all(0.0 <= random.random() < 1.0 for _ in range(1000)))
print(all(2.0 <= random.uniform(2, 6) <= 6.0 for _ in range(1000)), all(-1 <= random.uniform(0, -1) <= 0 for _ in range(100)))
big = 10**30
print(all(big <= random.randrange(big, big + 3) < big + 3 for _ in range(100)), 0 <= random.randrange(2**200) < 2**200)
print(all(random.randint(5, 5) == 5 for _ in range(10)), random.choice(range(10, 20, 5)) in (10, 15))
