# chained and multiple assignment
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
p = q = 5
p += 1
print(p, q)
d = {}
d["a"] = d["b"] = 0
print(d)
m, n = n, m = "mn"
print(m, n)
