# a class hierarchy simulation: animals in a zoo over several days
class Animal:
    count = 0
    sound = "..."
    def __init__(self, name, energy=10):
        self.name = name
        self.energy = energy
        Animal.count += 1
    def speak(self):
        return "%s the %s says %s" % (self.name, self.kind(), self.sound)
    def kind(self):
        return type(self).__name__.lower()
    def eat(self, food):
        gain = self.food_value(food)
        self.energy += gain
        return gain
    def food_value(self, food):
        return 1
    def tick(self):
        self.energy -= self.cost()
        return self.energy > 0
    def cost(self):
        return 2
    def __repr__(self):
        return "%s(%s, %d)" % (type(self).__name__, self.name, self.energy)

class Herbivore(Animal):
    def food_value(self, food):
        return 4 if food == "plants" else 0

class Carnivore(Animal):
    def food_value(self, food):
        return 6 if food == "meat" else 0
    def cost(self):
        return super().cost() + 1

class Cow(Herbivore):
    sound = "moo"

class Rabbit(Herbivore):
    sound = "squeak"
    def cost(self):
        return 1

class Lion(Carnivore):
    sound = "roar"

class Omnivore(Herbivore, ):
    sound = "grunt"
    def food_value(self, food):
        return max(super().food_value(food), 3 if food == "meat" else 0)

class Pig(Omnivore):
    pass

zoo = [Cow("Bessie"), Rabbit("Thumper", 5), Lion("Leo", 8), Pig("Wilbur")]
for a in zoo:
    print(a.speak())
print("animals created:", Animal.count)
menu = ["plants", "meat", "nothing", "plants", "meat"]
for day, food in enumerate(menu, 1):
    gains = [a.eat(food) for a in zoo]
    alive = []
    for a in zoo:
        if a.tick():
            alive.append(a)
        else:
            print("day", day, a.name, "is too tired and leaves")
    zoo = alive
    print("day", day, food, gains, zoo)
print([isinstance(a, Herbivore) for a in zoo], [a.kind() for a in zoo])
print(sorted(zoo, key=lambda a: -a.energy))
