# iter_unpack walks a buffer record by record
import struct

records = struct.pack('<hb', 1, 2) + struct.pack('<hb', -3, 4)
for record in struct.iter_unpack('<hb', records):
    print(record)
print(list(struct.iter_unpack('B', b'\x01\x02\x03')))
print(list(struct.iter_unpack('<I', b'')))
for bad in [lambda: struct.iter_unpack('<I', b'123'), lambda: struct.iter_unpack('', b'')]:
    try:
        bad()
    except struct.error as e:
        print('error', e)
