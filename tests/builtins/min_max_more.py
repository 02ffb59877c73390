# min and max on various inputs; ties return the first
print(max(1, 2.5, 2), min(-1, -1.0), max(-1.0, -1), max("apple", "banana", key=len), max("ab", "cd", key=len))
print(min([(1, "b"), (1, "a")]), max([[1, 2], [1, 2, 0]]), min(range(5, 0, -1)), max("zZ"))
print(max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]), min(iter([4, 2, 8])))
print(max([3, 1, 3], key=lambda v: 0), min([], key=len, default="empty"), max((), default=None))
print(max(2 ** 100, 2 ** 99, 3.0), min(True, 0))
