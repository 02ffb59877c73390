# comparison between different types
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print(1 < 1.5 < 2, True < 2, False < 0.5, 2 ** 64 > 1.5)
print("1" == 1, [1] == [True], (0,) == (False,), None == False)
for a, b in ((1, "1"), ([], ()), (None, 0), ({}, [])):
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print(1 != "1", [] != (), None != 0)
