# dynamic dispatch through overridden methods called from the base class
class Base:
    def run(self):
        return self.name() + ":" + self.step()
    def name(self):
        return "base"
    def step(self):
        return "base-step"
class A(Base):
    def name(self):
        return "A"
class B(A):
    def step(self):
        return "B-step+" + super().step()
class C(B):
    def name(self):
        return "C(" + super().name() + ")"
for obj in (Base(), A(), B(), C()):
    print(type(obj).__name__, obj.run())
print([type(o).__name__ for o in (Base(), A(), B(), C()) if isinstance(o, A)])
