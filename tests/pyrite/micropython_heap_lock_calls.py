# calls with positional arguments and defaults, global stores: no allocation
import micropython
counter = 0
def add(a, b=10):
    return a + b
def step(x):
    global counter
    counter = counter + add(x) + add(x, 1)
def run():
    for i in range(5):
        step(i)
locked_counter = 0  # created before locking: a new global grows the module dict
micropython.heap_lock()
run()
locked_counter = counter
micropython.heap_unlock()
print(locked_counter)
