# Integer matrix multiplication over lists of lists (row times transposed
# column, inner loops over zip), repeated to a power of the matrix mod 2**16.
# bench: scale=6 check=1
import sys


def make_matrix(n, seed):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
            row.append((seed >> 24) & 0xFF)
        rows.append(row)
    return rows


def transpose(m):
    n = len(m)
    return [[m[i][j] for i in range(n)] for j in range(n)]


def multiply(a, b):
    columns = transpose(b)
    out = []
    for row in a:
        out_row = []
        for col in columns:
            acc = 0
            for x, y in zip(row, col):
                acc += x * y
            out_row.append(acc & 0xFFFF)
        out.append(out_row)
    return out


def run(scale):
    n = 24 + scale * 4
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    for _ in range(3):
        a = multiply(a, b)
    trace = 0
    total = 0
    for i in range(n):
        trace += a[i][i]
        total = (total * 7 + sum(a[i])) & 0xFFFFFFFF
    print("n", n, "trace", trace, "total", total)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale)
