# the schedule queue is bounded: RuntimeError when full
import micropython
done = False
def nothing(arg):
    pass
def fill(arg):
    global done
    count = 0
    try:
        for i in range(100):
            micropython.schedule(nothing, i)
            count += 1
    except RuntimeError as e:
        print("RuntimeError:", e, count > 0)
    done = True
micropython.schedule(fill, None)
while not done:
    pass
print("done")
