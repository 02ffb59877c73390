# support module for the import tests
print("_helper imported")
VALUE = 42
items = []
def greet(name):
    return "hello " + name
class Thing:
    def __init__(self, n):
        self.n = n
    def double(self):
        return self.n * 2
_private = "underscore"
