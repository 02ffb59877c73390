# repr of nested and recursive lists
a = [1, "two", 3.0, None, True, [5, (6,)], {"k": [7]}]
print(a, repr(a), str(a))
b = [1]
b.append(b)
print(b)
print(len(b), b[1] is b)
print([[]], [[], []], [()], ["a'b"])
