/* biquad.py in C99: two cascaded Q14 biquads with int16 saturation. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 1000
#define Q 14

static const int32_t SECTIONS[2][5] = {
    {373, 746, 373, -28164, 13271},
    {1024, 2048, 1024, -20000, 8000},
};

static void biquad(const int32_t *in, int32_t *out, const int32_t *c) {
    int32_t x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (int i = 0; i < N; i++) {
        int32_t x = in[i];
        /* Python's >> floors; gcc shifts negative values arithmetically. */
        int32_t y = (c[0] * x + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2) >> Q;
        if (y > 32767)
            y = 32767;
        else if (y < -32768)
            y = -32768;
        out[i] = y;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
    }
}

int main(int argc, char **argv) {
    long passes = (argc > 1 ? atol(argv[1]) : 1) * 2;
    static int32_t signal[N], a[N], b[N];
    uint32_t seed = 1;
    for (int i = 0; i < N; i++) {
        seed = (seed * 1103515245u + 12345u) & 0x7FFFFFFFu;
        int32_t noise = (int32_t)((seed >> 16) & 0x3FF) - 512;
        signal[i] = ((i / 50) % 2 ? 4000 : -4000) + noise;
    }
    uint32_t total = 0;
    int32_t peak = 0;
    for (long p = 0; p < passes; p++) {
        biquad(signal, a, SECTIONS[0]);
        biquad(a, b, SECTIONS[1]);
        for (int i = 0; i < N; i++) {
            total = total * 7 + (uint32_t)b[i];
            int32_t m = b[i] < 0 ? -b[i] : b[i];
            if (m > peak)
                peak = m;
        }
        signal[p % N] = -signal[p % N];
    }
    printf("samples %ld peak %ld sum %lu\n", passes * N, (long)peak, (unsigned long)total);
    printf("tail %ld %ld %ld %ld %ld\n", (long)b[N - 5], (long)b[N - 4], (long)b[N - 3],
           (long)b[N - 2], (long)b[N - 1]);
    return 0;
}
