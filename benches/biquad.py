# Fixed-point filtering: two cascaded Q14 biquad sections (direct form I)
# low-pass filtering a list of 14-bit sensor samples, saturating to int16 as
# a DSP routine on a microcontroller without an FPU would.
# bench: scale=30 check=1
import sys

Q = 14
# Low-pass sections: poles at radius ~0.9, DC gain ~1 (coefficients * 2**14).
SECTIONS = [
    (373, 746, 373, -28164, 13271),
    (1024, 2048, 1024, -20000, 8000),
]


def make_signal(n):
    samples = []
    seed = 1
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        noise = ((seed >> 16) & 0x3FF) - 512
        square = 4000 if (i // 50) % 2 else -4000
        samples.append(square + noise)
    return samples


def biquad(samples, b0, b1, b2, a1, a2):
    x1 = x2 = y1 = y2 = 0
    out = []
    for x in samples:
        y = (b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) >> Q
        if y > 32767:
            y = 32767
        elif y < -32768:
            y = -32768
        out.append(y)
        x2 = x1
        x1 = x
        y2 = y1
        y1 = y
    return out


def run(passes):
    signal = make_signal(1000)
    total = 0
    peak = 0
    for p in range(passes):
        data = signal
        for b0, b1, b2, a1, a2 in SECTIONS:
            data = biquad(data, b0, b1, b2, a1, a2)
        for y in data:
            total = (total * 7 + y) & 0xFFFFFFFF
            if abs(y) > peak:
                peak = abs(y)
        signal[p % len(signal)] = -signal[p % len(signal)]
    print("samples", passes * len(signal), "peak", peak, "sum", total)
    print("tail", " ".join([str(y) for y in data[-5:]]))


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 2)
