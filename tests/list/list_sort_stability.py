# sort is stable, with key and reverse
people = [("amy", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
byname = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(byname, key=lambda p: p[1]))
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
words.sort(key=len)
print(words)
print(sorted(range(20), key=lambda n: n % 5))
data = list(range(100, 0, -7))
data.sort()
print(data)
