# A failed augmented assignment names the augmented operator (`&=`, not
# `&`), for builtin operands and user classes, including the fast paths
# for small ints and floats that fall back to the general one.
class Plain:
    pass


class OnlyAdd:
    def __add__(self, other):
        return "added"


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except TypeError as e:
        print(label, e)


def and_list():
    x = []
    x &= 1


def sub_str():
    x = "a"
    x -= 1


def pow_int():
    x = 2
    x **= "a"


def matmul_int():
    x = 2
    x @= 3


def shift_float():
    x = 1.5
    x <<= 1


def mod_none():
    x = None
    x %= 2


def floordiv_plain():
    x = Plain()
    x //= 2


def sub_only_add():
    x = OnlyAdd()
    x -= 1


def add_only_add():
    x = OnlyAdd()
    x += 1
    return x


def or_int_small():
    x = 5
    x |= 2.0


def xor_in_loop():
    total = 0
    for i in range(3):
        total ^= i
    total ^= "s"


def attribute_target():
    p = Plain()
    p.n = 1
    p.n *= None


def subscript_target():
    items = [1]
    items[0] >>= "x"


for action in [and_list, sub_str, pow_int, matmul_int, shift_float, mod_none,
               floordiv_plain, sub_only_add, add_only_add, or_int_small,
               xor_in_loop, attribute_target, subscript_target]:
    attempt(action.__name__, action)

# The plain binary operators keep their own names.
attempt("pow binary", lambda: 2 ** "a")
attempt("and binary", lambda: [] & 1)
