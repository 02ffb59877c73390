# zip stops at the shortest input and is lazy
def noisy(name, n):
    for i in range(n):
        print("next", name, i)
        yield i
print(list(zip(noisy("a", 2), noisy("b", 5))))
print(list(zip(range(3), "abcdef", [True, False, None, 0])))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
