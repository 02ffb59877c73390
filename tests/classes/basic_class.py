# classes with __init__, methods and attributes
class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def bark(self):
        return self.name + " says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("rex")
e = Dog("fido", 5)
print(d.name, d.age, e.age, d.bark(), d.birthday().birthday().age)
print(d.species, Dog.species, type(d).__name__, type(d) is Dog, Dog.__name__)
Dog.species = "lupus"
print(d.species, e.species)
d.species = "own"
print(d.species, e.species, Dog.species)
del d.species
print(d.species)
m = e.bark
print(m(), Dog.bark(e))
e.tricks = ["sit"]
print(e.tricks, hasattr(d, "tricks"))
print(sorted(vars(e)))
