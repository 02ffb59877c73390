# chained generator pipelines
def read(lines):
    for line in lines:
        yield line
def strip(src):
    for s in src:
        yield s.strip()
def nonempty(src):
    for s in src:
        if s:
            yield s
def numbers(src):
    for s in src:
        try:
            yield int(s)
        except ValueError:
            print("skip", repr(s))
text = ["  1", "2  ", "", "x", " 40 ", "  ", "-7"]
print(sum(numbers(nonempty(strip(read(text))))))
print(list(map(lambda v: v * 2, filter(lambda v: v > 0, numbers(nonempty(strip(text)))))))
