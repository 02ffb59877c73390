# carets point at the failing call inside an argument list
def parse(s):
    return int(s)
def total(a, b):
    return a + b
print(total(parse("1"), parse("2")))
print(total(parse("3"), parse("four")))
