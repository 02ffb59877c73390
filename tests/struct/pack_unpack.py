# pack and unpack every format code, in each byte order
import struct

values = {'b': -5, 'B': 200, 'h': -300, 'H': 60000, 'i': -70000, 'I': 4000000000,
          'l': -2, 'L': 7, 'q': -2**60, 'Q': 2**64 - 1, '?': True, 'e': 1.5,
          'f': 0.25, 'd': -1e300, 'c': b'z'}
for order in '<>!=':
    for code, value in values.items():
        packed = struct.pack(order + code, value)
        back = struct.unpack(order + code, packed)[0]
        print(order + code, packed, back == value)
print(struct.pack('<4s', b'ab'), struct.pack('<2s', b'abcd'), struct.unpack('<3s', b'xyz'))
print(struct.pack('<5p', b'abc'), struct.unpack('<5p', b'\x03abcz'), struct.pack('2p', b'abc'))
print(struct.pack('<3x'), struct.pack('<bxh', 1, 2), struct.unpack('<bxh', b'\x01\x00\x02\x00'))
print(struct.pack('<3B2h', 1, 2, 3, -1, -2), struct.unpack('<2H', b'\x01\x00\x02\x00'))
print(struct.unpack('<??', b'\x00\x05'), struct.pack('?', []), struct.pack('<i', True))
