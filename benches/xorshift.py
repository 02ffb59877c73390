# Integer sensor kernel: a xorshift32 generator feeding bit masks, a
# histogram of the top nibble and a population count, the kind of loop a
# firmware runs for dithering or simulated sensor noise.
# bench: scale=80 check=1
import sys


def xorshift32(state):
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state


def popcount(x):
    count = 0
    while x:
        x &= x - 1
        count += 1
    return count


def run(n):
    state = 2463534242
    ones = 0
    parity = 0
    acc = 0
    histogram = [0] * 16
    for _ in range(n):
        state = xorshift32(state)
        histogram[state >> 28] += 1
        ones += popcount(state & 0x0F0F0F0F)
        parity ^= (state ^ (state >> 16)) & 1
        acc = (acc * 31 + (state & 0xFFFF)) & 0xFFFFFFFF
    print("state", state, "ones", ones, "parity", parity, "acc", acc)
    print("histogram", " ".join([str(h) for h in histogram]))


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 1000)
