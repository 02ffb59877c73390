# str.format
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"), "{name}={val}".format(name="k", val=3))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}".format(42, 42, 42, 42, 42))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{!r} {!s} {!r}".format("q", "q", 5))
print("{0[1]} {1[k]} {{literal}}".format([10, 20], {"k": "v"}))
print("{:.3} {:10.4}|".format("abcdef", "xy"))
print("{:,}".format(10 ** 9), "{:_}".format(10 ** 9))
class P:
    x = 1
    y = 2
print("{0.x},{0.y}".format(P()))
for bad in ("{", "}", "{0} {}", "{5}"):
    try:
        bad.format(1)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
