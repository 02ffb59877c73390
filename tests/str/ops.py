# str operators: +, *, in, comparison
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -2, repr("" * 5))
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "" < "a", "abc" == "abc")
print("Z" <= "a", "abc" >= "abc", "b" > "abc", sorted(["b", "A", "a", "é", "B", "_"]))
print("ell" in "hello", "" in "abc", "x" not in "abc")
print(max("hello"), min("hello"), "hello"[::-1])
s = "ab"
s += "cd"
s *= 2
print(s)
for bad in (lambda: "a" + 1, lambda: "a" * "b", lambda: "a" < 1, lambda: 1 in "abc", lambda: "a" * 1.5):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
