# comprehensions over larger inputs
sq = [i * i for i in range(1000)]
print(len(sq), sq[-1], sum(sq))
ev = {i: i % 10 for i in range(500) if i % 2 == 0}
print(len(ev), ev[498], sum(ev.values()))
st = {i % 37 for i in range(1000)}
print(len(st), min(st), max(st))
print(sum(1 for _ in range(10000)), sum(i for i in range(10000) if i % 3 == 0))
