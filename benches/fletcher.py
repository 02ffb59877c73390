# Checksums over a bytearray: Fletcher-16 (over bytes) and Fletcher-32
# (over little-endian 16-bit words), as a sensor node protects a packet.
# Each round flips one byte of the packet and checksums it again.
# bench: scale=40 check=1
import sys


def fletcher16(data):
    s1 = 0
    s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def fletcher32(data):
    s1 = 0
    s2 = 0
    for i in range(0, len(data) - 1, 2):
        s1 = (s1 + (data[i] | (data[i + 1] << 8))) % 65535
        s2 = (s2 + s1) % 65535
    return (s2 << 16) | s1


def make_packet(length):
    packet = bytearray(length)
    seed = 12345
    for i in range(length):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        packet[i] = (seed >> 16) & 0xFF
    return packet


def run(rounds):
    packet = make_packet(1024)
    mix16 = 0
    mix32 = 0
    for r in range(rounds):
        packet[(r * 37) % len(packet)] ^= (r & 0xFF) | 1
        mix16 = (mix16 * 3 + fletcher16(packet)) & 0xFFFFFFFF
        mix32 ^= fletcher32(packet)
    print("fletcher16", fletcher16(packet), "fletcher32", fletcher32(packet))
    print("mix", mix16, mix32)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 4)
