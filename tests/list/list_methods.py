# list methods
a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend(range(2))
a.extend("xy")
print(a)
a.insert(0, "first")
a.insert(-1, "beforelast")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(1, 3), a.count(1), a.count("z"))
a.remove("first")
print(a)
b = a.copy()
b.clear()
print(a, b)
c = [5, 2, 9, 1]
c.reverse()
print(c)
for bad in (lambda: c.remove(42), lambda: c.index(42), lambda: [].pop(), lambda: c.pop(10)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
