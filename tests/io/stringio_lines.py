import io

s = io.StringIO("one\ntwo\n\nthree")
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()))
print(s.readlines())
print(repr(s.readline()))
s.seek(0)
for line in s:
    print(repr(line))
s.seek(0)
print([len(line) for line in s.readlines()])
w = io.StringIO()
w.writelines(["a\n", "b\n"])
print(repr(w.getvalue()))
print(sum(1 for _ in io.StringIO("x\ny\nz")))
