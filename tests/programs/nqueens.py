# N-queens solver for N=6, by backtracking
def solve(n):
    solutions = []
    cols = []
    used_cols = set()
    diag1 = set()
    diag2 = set()
    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.append(c)
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            place(row + 1)
            cols.pop()
            used_cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0)
    return solutions

def show(sol):
    n = len(sol)
    for c in sol:
        print(" ".join("Q" if i == c else "." for i in range(n)))

sols = solve(6)
print(len(sols), "solutions")
for s in sols:
    print(s)
show(sols[0])
print([len(solve(n)) for n in range(1, 8)])
def valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i
               for i in range(n) for j in range(i + 1, n))
print(all(valid(s) for s in sols), valid([0, 1, 2, 3, 4, 5]))
