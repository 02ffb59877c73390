# number crunching with arbitrary precision ints
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(200))
print(len(str(fib(1000))), sum(int(d) for d in str(fib(500))))
f = 1
for i in range(2, 101):
    f *= i
print(sum(int(d) for d in str(f)), len(str(f)), str(f).rstrip("0")[-5:], len(str(f)) - len(str(f).rstrip("0")))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in (1, 7, 27, 97, 2 ** 100)], max(range(1, 200), key=collatz))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 60), isqrt(2 ** 127 - 1) ** 2 <= 2 ** 127 - 1)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib(300), fib(200)) == fib(100), gcd(2 ** 100, 6 ** 50), gcd(0, 5))
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(2, 2 ** 70, 97))
