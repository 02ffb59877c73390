# unbounded Python recursion raises a catchable RecursionError
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("caught RecursionError", isinstance(e, RuntimeError))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print("recursion works again:", depth(50))
class Node:
    def __init__(self):
        self.me = self
    def walk(self):
        return self.me.walk()
try:
    Node().walk()
except RecursionError:
    print("caught method recursion")
def again():
    try:
        down(0)
    except RecursionError:
        return "caught twice"
print(again())
