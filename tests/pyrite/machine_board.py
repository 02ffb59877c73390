# machine's board functions on a simulated board: the clock is the port's
# (any positive int; freq(hz) changes it), disable_irq/enable_irq nest,
# unique_id is bytes, reset_cause is power-on.
import machine

hz = machine.freq()
print(type(hz).__name__, hz > 0)
machine.freq(48_000_000)
print(machine.freq())
machine.freq(hz)
print(machine.freq() == hz)
for bad in (0, -5, 2**40):
    try:
        machine.freq(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    machine.freq("fast")
except TypeError as e:
    print("TypeError", e)

# disable_irq returns the state enable_irq restores; they nest.
outer = machine.disable_irq()
inner = machine.disable_irq()
print(outer, inner)
machine.enable_irq(inner)
print(machine.disable_irq())
machine.enable_irq(outer)
print(machine.disable_irq())
machine.enable_irq(1)
try:
    machine.enable_irq()
except TypeError as e:
    print("TypeError", e)
try:
    machine.enable_irq(None)
except TypeError as e:
    print("TypeError", e)

uid = machine.unique_id()
print(type(uid).__name__, len(uid) > 0, uid == machine.unique_id())
print(machine.reset_cause() == machine.PWRON_RESET)
print(machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET,
      machine.DEEPSLEEP_RESET, machine.SOFT_RESET)
print(machine.idle())
try:
    machine.idle(1)
except TypeError as e:
    print("TypeError", e)
