import sys

print(sys.stdout, sys.stderr, sys.stdin)
print(type(sys.stdout).__name__, type(sys.stdin).__name__)
print(sys.stdout.buffer, sys.stderr.buffer, sys.stdin.buffer)
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.name, sys.stdin.encoding)
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.flush()
sys.stdout.buffer.write(bytearray(b"bytearray\n"))
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
