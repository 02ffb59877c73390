# struct.error and the other exceptions, with CPython's messages
import struct

print(struct.error, issubclass(struct.error, Exception))
tries = [lambda: struct.pack('b', 128), lambda: struct.pack('<B', -1), lambda: struct.pack('h', 2**15),
         lambda: struct.pack('<H', 2**16), lambda: struct.pack('>h', 2**15), lambda: struct.pack('<i', 2**31),
         lambda: struct.pack('<I', -1), lambda: struct.pack('<I', 2**32), lambda: struct.pack('<q', 2**63),
         lambda: struct.pack('<Q', -1), lambda: struct.pack('<l', 2**31), lambda: struct.pack('<L', 2**32),
         lambda: struct.pack('b', 'x'), lambda: struct.pack('b', 1.0), lambda: struct.pack('f', 'x'),
         lambda: struct.pack('s', 'x'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('2I', 1),
         lambda: struct.pack('I', 1, 2), lambda: struct.pack('x', 1), lambda: struct.unpack('I', b'12'),
         lambda: struct.unpack('I', b'12345'), lambda: struct.pack('z'), lambda: struct.pack('1'),
         lambda: struct.pack(1, 2), lambda: struct.unpack('b', 'x'), lambda: struct.pack('<e', 1e6),
         lambda: struct.pack('<f', 1e300), lambda: struct.pack_into('b', b'ab', 0, 1),
         lambda: struct.pack('q', 2**64), lambda: struct.pack('Q', 2**70)]
for attempt in tries:
    try:
        print(attempt())
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
