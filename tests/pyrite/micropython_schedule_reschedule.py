# A callback that schedules itself again runs at the next safe point, not
# in the same pass: the program makes progress between the runs (as in
# MicroPython, whose scheduler runs only what was queued before the pass).
import micropython

count = 0


def again(_):
    global count
    count += 1
    if count < 5:
        micropython.schedule(again, None)


micropython.schedule(again, None)
seen = []
for i in range(1000):
    # Each backward jump of the loop is a safe point.
    if count and (not seen or seen[-1] != count):
        seen.append(count)
print(count)
print(seen)
