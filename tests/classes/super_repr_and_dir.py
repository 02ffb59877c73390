# repr of super objects; dir() delegates to an instance's __dir__.
class A:
    def show(self):
        print(repr(super()))


class B(A):
    def show(self):
        print(repr(super()))
        print(repr(super(A, self)))
        super().show()


B().show()


class Listing:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Listing()))
print("zeta" in dir(Listing))


class Tupled:
    def __dir__(self):
        return ("b", "a")


print(dir(Tupled()))
