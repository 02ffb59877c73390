/* crc32.py in C99: bitwise CRC-32 over a mutated 256-byte block. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t crc32(const uint8_t *data, int n, uint32_t crc) {
    crc ^= 0xFFFFFFFFu;
    for (int i = 0; i < n; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

int main(int argc, char **argv) {
    long blocks = (argc > 1 ? atol(argv[1]) : 1) * 4;
    printf("check %lu\n", (unsigned long)crc32((const uint8_t *)"123456789", 9, 0));
    uint8_t block[256];
    for (int i = 0; i < 256; i++)
        block[i] = (uint8_t)((i * 7 + 3) & 0xFF);
    uint32_t crc = 0;
    for (long n = 0; n < blocks; n++) {
        block[n & 0xFF] = (uint8_t)((block[n & 0xFF] + n) & 0xFF);
        crc = crc32(block, 256, crc);
    }
    printf("blocks %ld crc %lu\n", blocks, (unsigned long)crc);
    return 0;
}
