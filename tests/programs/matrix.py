# matrix arithmetic with a small class
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __mul__(self, other):
        if self.m != other.n:
            raise ValueError("shape mismatch %dx%d * %dx%d" % (self.n, self.m, other.n, other.m))
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return "\n".join(" ".join("%4d" % v for v in r) for r in self.rows)

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a * b)
print(a + b)
print(a.transpose())
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10).rows[0][1], (fib ** 90).rows[0][1])
print(a * Matrix.identity(2) == a, Matrix.identity(3))
try:
    a * Matrix([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(a.rows), det(Matrix.identity(4).rows))
