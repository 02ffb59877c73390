/* particles.py in C99: the class hierarchy becomes a kind field and a
 * switch; the doubles are computed in the same order as the Python code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define GRAVITY (-9.75)
#define WIDTH 64.0
#define FLOOR 0.0

enum kind { PARTICLE, SPARK, EMBER };

struct particle {
    enum kind kind;
    double x, y, vx, vy;
    long life, bounces;
};

struct emitter {
    double x;
    uint32_t seed;
};

static struct particle emit(struct emitter *e) {
    uint32_t s = e->seed;
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    e->seed = s;
    struct particle p;
    p.kind = (enum kind)((s >> 24) % 3);
    p.x = e->x;
    p.y = 1.0;
    p.vx = ((double)(long)(s & 255) - 128) / 16.0;
    p.vy = (double)((s >> 8) & 255) / 8.0;
    p.life = 40 + ((s >> 16) & 63);
    p.bounces = 0;
    return p;
}

static void step(struct particle *p, double dt) {
    if (p->kind == EMBER) {
        p->vy += GRAVITY * 0.25 * dt;
        if (p->life > 50)
            p->vy += 0.5 * dt;
    } else {
        p->vy += GRAVITY * dt;
    }
    p->vx *= p->kind == SPARK ? 0.98 : 0.995;
    p->x += p->vx * dt;
    p->y += p->vy * dt;
    if (p->y < FLOOR) {
        p->y = FLOOR - p->y;
        p->vy = -p->vy * 0.75;
        p->bounces++;
    }
    if (p->x < 0.0) {
        p->x = -p->x;
        p->vx = -p->vx;
    } else if (p->x > WIDTH) {
        p->x = 2 * WIDTH - p->x;
        p->vx = -p->vx;
    }
    p->life -= p->kind == SPARK ? 2 : 1;
}

int main(int argc, char **argv) {
    long steps = (argc > 1 ? atol(argv[1]) : 1) * 100;
    struct emitter emitters[2] = {{16.0, 2463534242u}, {48.0, 88675123u}};
    size_t capacity = 1024, count = 0;
    struct particle *particles = malloc(sizeof *particles * capacity);
    long retired = 0, score = 0;
    for (long s = 0; s < steps; s++) {
        if (count + 4 > capacity) {
            capacity *= 2;
            particles = realloc(particles, sizeof *particles * capacity);
        }
        if (!particles)
            return 1;
        for (int e = 0; e < 2; e++) {
            particles[count++] = emit(&emitters[e]);
            particles[count++] = emit(&emitters[e]);
        }
        size_t kept = 0;
        for (size_t i = 0; i < count; i++) {
            struct particle *p = &particles[i];
            step(p, 1.0 / 64);
            if (p->life > 0) {
                particles[kept++] = *p;
            } else {
                retired++;
                score += (long)(p->kind + 1) * (p->bounces + 1) + (long)p->x;
            }
        }
        count = kept;
    }
    long x_sum = 0, y_sum = 0;
    for (size_t i = 0; i < count; i++) {
        x_sum += (long)(particles[i].x * 16);
        y_sum += (long)(particles[i].y * 16);
    }
    printf("alive %zu retired %ld score %ld\n", count, retired, score);
    printf("positions %ld %ld\n", x_sum, y_sum);
    return 0;
}
