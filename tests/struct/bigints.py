# 64-bit codes with big ints, negative zero-ish bigs and round trips
import struct

print(struct.pack('<Q', 2**64 - 1), struct.pack('>q', -2**63), struct.pack('<q', 2**63 - 1))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('>q', b'\x80' + b'\x00' * 7))
bigzero = (1 << 70) - (1 << 70)
for fmt in ['<b', '>h', '<i', '>q']:
    packed = struct.pack(fmt, -2 + bigzero)
    print(fmt, packed, struct.unpack(fmt, packed))
print(struct.unpack('<i', b'\xff\xff\xff\x7f'), struct.unpack('<I', b'\xff\xff\xff\xff'))
print(struct.pack('<QQ', 1234567890123456789, 2**63))
