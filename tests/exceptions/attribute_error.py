# AttributeError messages
class Plain:
    def __init__(self):
        self.x = 1
for fn in (lambda: Plain().y, lambda: Plain.y, lambda: [].nope, lambda: (1).real.nope,
           lambda: None.x, lambda: "s".upperr, lambda: setattr(5, "a", 1), lambda: delattr(Plain(), "y")):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, e)
print(getattr(Plain(), "y", "default"), hasattr(Plain(), "x"), hasattr(Plain(), "y"))
