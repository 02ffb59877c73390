/* matmul.py in C99: integer matrix power mod 2**16. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void make_matrix(int64_t *m, int n, uint32_t seed) {
    for (int i = 0; i < n * n; i++) {
        seed = seed * 1664525u + 1013904223u;
        m[i] = (seed >> 24) & 0xFF;
    }
}

static void multiply(int64_t *out, const int64_t *a, const int64_t *b, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int64_t acc = 0;
            for (int k = 0; k < n; k++)
                acc += a[i * n + k] * b[k * n + j];
            out[i * n + j] = acc & 0xFFFF;
        }
}

int main(int argc, char **argv) {
    long scale = argc > 1 ? atol(argv[1]) : 1;
    int n = 24 + (int)scale * 4;
    int64_t *a = malloc(sizeof(int64_t) * n * n), *b = malloc(sizeof(int64_t) * n * n),
            *t = malloc(sizeof(int64_t) * n * n);
    if (!a || !b || !t)
        return 1;
    make_matrix(a, n, 1);
    make_matrix(b, n, 2);
    for (int r = 0; r < 3; r++) {
        multiply(t, a, b, n);
        int64_t *swap = a;
        a = t;
        t = swap;
    }
    int64_t trace = 0;
    uint32_t total = 0;
    for (int i = 0; i < n; i++) {
        int64_t row = 0;
        for (int j = 0; j < n; j++)
            row += a[i * n + j];
        trace += a[i * n + i];
        total = total * 7 + (uint32_t)row;
    }
    printf("n %d trace %lld total %lu\n", n, (long long)trace, (unsigned long)total);
    return 0;
}
