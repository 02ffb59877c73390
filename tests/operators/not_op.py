# not
print(not 0, not 1, not "", not "a", not None, not [], not [0], not not 5)
print(not 1 == 2, (not 1) == 2, not (1 == 2))
x = 0
if not x:
    print("x is falsy")
class Falsy:
    def __bool__(self):
        return False
class Lenny:
    def __len__(self):
        return 0
print(not Falsy(), not Lenny(), bool(Falsy()), bool(Lenny()))
