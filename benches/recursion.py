# Recursion: naive Fibonacci, the Ackermann function A(2, n) (deep, narrow
# recursion) and building then walking complete binary trees of tuples.
# Depths stay below 300 so every implementation's stack suffices.
# bench: scale=8 check=1
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), make_tree(depth - 1))


def count_nodes(tree):
    if tree is None:
        return 0
    return 1 + count_nodes(tree[0]) + count_nodes(tree[1])


def run(scale):
    f = fib(14 + scale)
    a = 0
    for n in range(scale * 10):
        a += ackermann(2, n % 120)
    nodes = 0
    for d in range(scale * 4):
        nodes += count_nodes(make_tree(4 + d % 10))
    print("fib", f, "ackermann", a, "nodes", nodes)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale)
