# CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) computed bit by bit
# over a bytearray, as a bootloader without a lookup table does.
# bench: scale=30 check=1
import sys


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xEDB88320
            else:
                crc >>= 1
    return crc ^ 0xFFFFFFFF


def run(blocks):
    print("check", crc32(bytearray(b"123456789")))
    block = bytearray(256)
    for i in range(len(block)):
        block[i] = (i * 7 + 3) & 0xFF
    crc = 0
    for n in range(blocks):
        block[n & 0xFF] = (block[n & 0xFF] + n) & 0xFF
        crc = crc32(block, crc)
    print("blocks", blocks, "crc", crc)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 4)
