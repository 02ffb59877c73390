/* xorshift.py in C99: the same xorshift32 stream, masks and histogram. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t xorshift32(uint32_t state) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

static int popcount(uint32_t x) {
    int count = 0;
    while (x) {
        x &= x - 1;
        count++;
    }
    return count;
}

int main(int argc, char **argv) {
    long scale = argc > 1 ? atol(argv[1]) : 1;
    long n = scale * 1000;
    uint32_t state = 2463534242u, acc = 0;
    long ones = 0, histogram[16] = {0};
    int parity = 0;
    for (long i = 0; i < n; i++) {
        state = xorshift32(state);
        histogram[state >> 28]++;
        ones += popcount(state & 0x0F0F0F0Fu);
        parity ^= (state ^ (state >> 16)) & 1;
        acc = acc * 31 + (state & 0xFFFF);
    }
    printf("state %lu ones %ld parity %d acc %lu\n", (unsigned long)state, ones, parity,
           (unsigned long)acc);
    printf("histogram");
    for (int i = 0; i < 16; i++)
        printf(" %ld", histogram[i]);
    printf("\n");
    return 0;
}
