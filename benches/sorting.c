/* sorting.py in C99: the same records sorted by tuple and by key (qsort;
 * keys are unique, so stability does not matter), and a merge sort. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct record {
    long a, b, i;
};

static int by_tuple(const void *p, const void *q) {
    const struct record *x = p, *y = q;
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    if (x->b != y->b)
        return x->b < y->b ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

/* sorting.py's final order: key (a, -i), reversed: a descending, i ascending. */
static int by_key(const void *p, const void *q) {
    const struct record *x = p, *y = q;
    if (x->a != y->a)
        return x->a > y->a ? -1 : 1;
    return x->i < y->i ? -1 : x->i > y->i;
}

static void merge_sort(long *items, long *scratch, long n) {
    if (n <= 1)
        return;
    long middle = n / 2;
    merge_sort(items, scratch, middle);
    merge_sort(items + middle, scratch, n - middle);
    long i = 0, j = middle, k = 0;
    while (i < middle && j < n)
        scratch[k++] = items[i] <= items[j] ? items[i++] : items[j++];
    while (i < middle)
        scratch[k++] = items[i++];
    while (j < n)
        scratch[k++] = items[j++];
    memcpy(items, scratch, sizeof(long) * n);
}

static uint32_t checksum_ids(const struct record *r, long n) {
    uint32_t total = 0;
    for (long p = 0; p < n; p++)
        total = total * 31 + (uint32_t)p * (uint32_t)r[p].i;
    return total;
}

static int compare_long(const void *p, const void *q) {
    long x = *(const long *)p, y = *(const long *)q;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    long n = (argc > 1 ? atol(argv[1]) : 1) * 1000;
    struct record *records = malloc(sizeof *records * n), *sorted = malloc(sizeof *records * n);
    long *ints = malloc(sizeof(long) * n), *check = malloc(sizeof(long) * n),
         *scratch = malloc(sizeof(long) * n);
    if (!records || !sorted || !ints || !check || !scratch)
        return 1;
    uint32_t seed = 5;
    for (long i = 0; i < n; i++) {
        seed = (seed * 1103515245u + 12345u) & 0x7FFFFFFFu;
        records[i].a = (seed >> 8) % 100;
        records[i].b = (seed >> 4) % 1000;
        records[i].i = i;
        ints[i] = records[i].b * 1000 + records[i].a;
    }
    memcpy(sorted, records, sizeof *records * n);
    qsort(sorted, n, sizeof *sorted, by_tuple);
    printf("tuple %lu\n", (unsigned long)checksum_ids(sorted, n));
    memcpy(sorted, records, sizeof *records * n);
    qsort(sorted, n, sizeof *sorted, by_key);
    printf("key %lu\n", (unsigned long)checksum_ids(sorted, n));
    memcpy(check, ints, sizeof(long) * n);
    merge_sort(ints, scratch, n);
    qsort(check, n, sizeof(long), compare_long);
    uint32_t total = 0;
    for (long p = 0; p < n; p++)
        total = total * 31 + (uint32_t)p * (uint32_t)ints[p];
    printf("merge %lu %s\n", (unsigned long)total,
           memcmp(ints, check, sizeof(long) * n) == 0 ? "True" : "False");
    return 0;
}
