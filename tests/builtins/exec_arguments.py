# exec/eval check their namespace arguments.
for args in (("print(1)", "foo"), ("print(1)", None, 123), ("1", [], None)):
    try:
        exec(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    eval("1", None, 5)
except TypeError as e:
    print("TypeError:", e)
exec("print('locals dict', y)", {}, {"y": 2})
print(eval("z * 2", {"z": 4}, None))
