# random's errors, as CPython raises them.
import random


def attempt(f, *args):
    try:
        f(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


attempt(random.getrandbits, -1)
attempt(random.getrandbits, 1.5)
attempt(random.randrange, 0)
attempt(random.randrange, -5)
attempt(random.randrange, 2, 1)
attempt(random.randrange, 2, 2)
attempt(random.randrange, 2, 1, 1)
attempt(random.randrange, 2, 1, 0)
attempt(random.randint, 2, 1)
attempt(random.randrange, 10, 0, 3)
attempt(random.randrange, 0, 10, -2)
attempt(random.randrange, 1, 2, 3)
attempt(random.choice, [])
attempt(random.choice, "")
attempt(random.uniform, 1, "2")
