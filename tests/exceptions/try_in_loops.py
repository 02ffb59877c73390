# exceptions handled inside loops, with else clauses
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print("stop at", i)
        break
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (TypeError, ValueError):
            pass
    return None
print(first_int(["a", None, [], "42", "7"]), first_int([]))
