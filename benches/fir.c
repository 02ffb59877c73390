/* fir.py in C99: median-of-3, 16-tap Q15 FIR, decimate by 4. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define N 2000
#define NTAPS 16

static const int32_t TAPS[NTAPS] = {-120, -340, -410, 150, 1410, 3230, 4950, 5910,
                                    5910, 4950, 3230, 1410, 150, -410, -340, -120};

/* Python's // floors; C's / truncates. */
static int32_t floor_div(int32_t a, int32_t b) {
    int32_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int main(int argc, char **argv) {
    long passes = argc > 1 ? atol(argv[1]) : 1;
    static int32_t samples[N], median[N], filtered[N], out[N];
    uint32_t seed = 7;
    for (int i = 0; i < N; i++) {
        seed = seed * 1664525u + 1013904223u;
        int32_t spike = seed % 97 == 0 ? 9000 : 0;
        samples[i] = (i * 37) % 2000 - 1000 + (int32_t)((seed >> 20) & 0xFF) + spike;
    }
    uint32_t check = 0;
    int nout = 0;
    for (long p = 0; p < passes; p++) {
        samples[p % N] += (int32_t)p;
        median[0] = samples[0];
        median[1] = samples[1];
        for (int i = 2; i < N; i++) {
            int32_t a = samples[i - 2], b = samples[i - 1], c = samples[i];
            if (a > b) {
                int32_t t = a;
                a = b;
                b = t;
            }
            if (b > c)
                b = c;
            if (a > b)
                b = a;
            median[i] = b;
        }
        int nfilt = N - NTAPS + 1;
        for (int i = 0; i < nfilt; i++) {
            int64_t acc = 0;
            for (int k = 0; k < NTAPS; k++)
                acc += (int64_t)TAPS[k] * median[i + k];
            filtered[i] = (int32_t)(acc >> 15);
        }
        nout = 0;
        for (int i = 0; i + 4 <= nfilt; i += 4) {
            int32_t s = filtered[i] + filtered[i + 1] + filtered[i + 2] + filtered[i + 3];
            out[nout++] = floor_div(s, 4);
        }
        for (int i = 0; i < nout; i++)
            check = check * 31 + (uint32_t)out[i];
    }
    printf("outputs %d check %lu\n", nout, (unsigned long)check);
    printf("head %ld %ld %ld %ld %ld %ld\n", (long)out[0], (long)out[1], (long)out[2],
           (long)out[3], (long)out[4], (long)out[5]);
    return 0;
}
