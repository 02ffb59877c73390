# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
if []:
    print("no")
elif {}:
    print("no")
elif "x":
    print("string is truthy")
if 0: print("never")
else: print("inline else")
x = 5
if x:
    if x > 3:
        print("nested")
    else:
        print("not reached")
