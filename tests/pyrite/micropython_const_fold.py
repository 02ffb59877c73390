# NAME = const(expr) folds arithmetic on ints, bignums and floats
from micropython import const
A = const(6)
B = const(A * 7 - 2)
C = const((A << 60) | 0xFF)
D = const(-B // 3)
E = const(-B % 3)
F = const(A / 4)
G = const(2 ** -1 + 1.5 * A)
H = const(~A ^ 0xF0)
print(A, B, C, D, E, F, G, H)
print(hex(const(0xFFFFFFFFFFFFFFFF) + 1))
