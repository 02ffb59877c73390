# an uncaught KeyError with an empty-string key
d = {"a": 1}
key = ""
print(d[key])
