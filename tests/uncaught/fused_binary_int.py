# The traceback of a failing `value op small_int` (one fused instruction)
# points at the whole operation, as for any binary operator.
def scale(text):
    count = 3
    return text - 1 + count

print(scale(10))
scale("x")
