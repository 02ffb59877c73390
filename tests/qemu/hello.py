# The firmware boots, reads this file over semihosting and prints on UART0.
print("hello from qemu-arm")
print(6 * 7, "is", "the answer")
words = ["bare", "metal", "python"]
for w in words:
    print(w[0] + w[1:], end=" ")
print()
print(sum(range(101)), 2**100, 1 / 8, {"board": "mps2-an386"})
