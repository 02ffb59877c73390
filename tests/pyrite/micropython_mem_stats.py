# mem_total only grows, mem_peak is at least mem_current
import micropython
t = micropython.mem_total()
c = micropython.mem_current()
p = micropython.mem_peak()
data = [i for i in range(1000)]
print(micropython.mem_total() > t)
print(micropython.mem_current() > c)
print(micropython.mem_peak() >= micropython.mem_current())
print(micropython.mem_peak() >= p)
print(type(micropython.stack_use()).__name__)
print(micropython.stack_use() >= 0)
