# TypeError messages for unsupported operand types
five = 5
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: 1 - "a",
    lambda: {} + {},
    lambda: None * 2,
    lambda: "a" / 2,
    lambda: 1 < "a",
    lambda: [] > 0,
    lambda: -"a",
    lambda: ~1.5,
    lambda: 1 & 1.0,
    lambda: 2 ** "a",
    lambda: 1 % None,
    lambda: {1} + {2},
    lambda: len(5),
    lambda: five(),
    lambda: abs("x"),
]
for fn in cases:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
