# errors around construction and method calls
class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def m(self):
        return self.x
try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1).m(2)
except TypeError as e:
    print(type(e).__name__, e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __init__(self):
        raise ValueError("init failed")
try:
    Raises()
except ValueError as e:
    print(type(e).__name__, e)
