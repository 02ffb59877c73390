# bool participates in integer arithmetic
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(True == 1, False == 0, (True == 1) == False)
print(sum([True, True, False, True]))
print(True & False, True | False, True ^ True, type(True & False).__name__)
print(type(True + 0).__name__, 5 + False)
