import io

with io.StringIO("data") as s:
    print(s.closed, s.read())
print(s.closed)
for op in (s.read, s.getvalue, s.tell, lambda: s.write("x"), lambda: s.seek(0), s.readline, lambda: iter(s)):
    try:
        op()
        print("no error")
    except ValueError as e:
        print("ValueError:", e)
s.close()
print("closing twice is fine")
try:
    with s:
        pass
except ValueError as e:
    print("ValueError:", e)
