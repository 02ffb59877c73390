# The firmware boots, reads this file over semihosting and prints on UART0.
print("hello from qemu-arm")
print(6 * 7, "is", "the answer")
words = ["bare", "metal", "python"]
print(" ".join(w.upper() for w in words))
print(sum(range(101)))
