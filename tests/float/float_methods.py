# float methods
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
