# micropython.opt_level() reads and sets the optimisation level
import micropython
old = micropython.opt_level()
print(type(old).__name__, old)
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(3)
print(micropython.opt_level())
micropython.opt_level(old)
print(micropython.opt_level() == old)
