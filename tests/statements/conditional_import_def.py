# def and class are executable statements
import sys
if sys.maxsize > 2 ** 40 or True:
    def which():
        return "first"
else:
    def which():
        return "second"
print(which())
for i in range(2):
    def made(i=i):
        return i
    print(made())
try:
    class Broken:
        x = 1 / 0
except ZeroDivisionError:
    print("class body raised")
print("Broken" in dir())
