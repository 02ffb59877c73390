/* fletcher.py in C99: Fletcher-16 and Fletcher-32 over a mutated packet. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define LENGTH 1024

static uint32_t fletcher16(const uint8_t *data, int n) {
    uint32_t s1 = 0, s2 = 0;
    for (int i = 0; i < n; i++) {
        s1 = (s1 + data[i]) % 255;
        s2 = (s2 + s1) % 255;
    }
    return (s2 << 8) | s1;
}

static uint32_t fletcher32(const uint8_t *data, int n) {
    uint32_t s1 = 0, s2 = 0;
    for (int i = 0; i < n - 1; i += 2) {
        s1 = (s1 + (uint32_t)(data[i] | (data[i + 1] << 8))) % 65535;
        s2 = (s2 + s1) % 65535;
    }
    return (s2 << 16) | s1;
}

int main(int argc, char **argv) {
    long rounds = (argc > 1 ? atol(argv[1]) : 1) * 4;
    uint8_t packet[LENGTH];
    uint32_t seed = 12345;
    for (int i = 0; i < LENGTH; i++) {
        seed = (seed * 1103515245u + 12345u) & 0x7FFFFFFFu;
        packet[i] = (seed >> 16) & 0xFF;
    }
    uint32_t mix16 = 0, mix32 = 0;
    for (long r = 0; r < rounds; r++) {
        packet[(r * 37) % LENGTH] ^= (uint8_t)((r & 0xFF) | 1);
        mix16 = mix16 * 3 + fletcher16(packet, LENGTH);
        mix32 ^= fletcher32(packet, LENGTH);
    }
    printf("fletcher16 %lu fletcher32 %lu\n", (unsigned long)fletcher16(packet, LENGTH),
           (unsigned long)fletcher32(packet, LENGTH));
    printf("mix %lu %lu\n", (unsigned long)mix16, (unsigned long)mix32);
    return 0;
}
