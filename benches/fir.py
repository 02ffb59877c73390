# Fixed-point filters over lists: a 16-tap Q15 FIR low-pass, a 3-sample
# median despiker and a decimating moving average, chained over a list of
# ints (a sensor pipeline), with list slicing, indexing and sum().
# bench: scale=18 check=1
import sys

TAPS = [-120, -340, -410, 150, 1410, 3230, 4950, 5910,
        5910, 4950, 3230, 1410, 150, -410, -340, -120]


def make_samples(n):
    out = []
    seed = 7
    for i in range(n):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        spike = 9000 if seed % 97 == 0 else 0
        out.append((i * 37) % 2000 - 1000 + ((seed >> 20) & 0xFF) + spike)
    return out


def fir(samples, taps):
    n = len(taps)
    out = []
    for i in range(len(samples) - n + 1):
        acc = 0
        for k in range(n):
            acc += taps[k] * samples[i + k]
        out.append(acc >> 15)
    return out


def median3(samples):
    out = samples[:2]
    for i in range(2, len(samples)):
        a = samples[i - 2]
        b = samples[i - 1]
        c = samples[i]
        if a > b:
            a, b = b, a
        if b > c:
            b = c
        if a > b:
            b = a
        out.append(b)
    return out


def decimate(samples, factor):
    return [sum(samples[i:i + factor]) // factor
            for i in range(0, len(samples) - factor + 1, factor)]


def run(passes):
    samples = make_samples(2000)
    check = 0
    for p in range(passes):
        samples[p % len(samples)] += p
        out = decimate(fir(median3(samples), TAPS), 4)
        for y in out:
            check = (check * 31 + y) & 0xFFFFFFFF
    print("outputs", len(out), "check", check)
    print("head", " ".join([str(y) for y in out[:6]]))


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale)
