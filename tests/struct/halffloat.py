# the 'e' format: IEEE half precision, rounded to nearest even
import struct

for x in [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 5.96e-08, 2.98e-08, 3e-08, 1e-8,
          0.1, 1/3, 2049.0, 2051.0, 65519.0, float('inf'), -float('inf')]:
    packed = struct.pack('<e', x)
    print(x, packed, struct.unpack('<e', packed)[0])
print(struct.unpack('<e', b'\x00\x7e')[0] != struct.unpack('<e', b'\x00\x7e')[0])
print(struct.pack('>e', 1.0), struct.unpack('>e', b'\x3c\x00'))
for x in [65520.0, 1e10]:
    try:
        struct.pack('<e', x)
    except OverflowError as e:
        print('OverflowError', e)
