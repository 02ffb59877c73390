# a sleep is a safe point: scheduled callbacks run, a scheduled kbd_intr raises
import micropython
import time
log = []
micropython.schedule(log.append, "ran")
time.sleep(0)
print(log)
micropython.schedule(micropython.kbd_intr, None)
try:
    time.sleep_ms(0)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
micropython.schedule(micropython.kbd_intr, None)
micropython.schedule(micropython.kbd_intr, None)
micropython.schedule(micropython.kbd_intr, None)
try:
    time.sleep(0)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
# a loop's backward jump is a safe point too
micropython.schedule(micropython.kbd_intr, None)
try:
    for i in range(3):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt in a loop")
def callback(arg):
    micropython.schedule(micropython.kbd_intr, None)
    time.sleep(0)
    log.append("callback finished")
micropython.schedule(callback, None)
time.sleep(0)
print(log)
try:
    time.sleep(0)
except KeyboardInterrupt:
    print("KeyboardInterrupt after the callback")
