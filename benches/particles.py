# Method-call and attribute heavy object code: a particle system with a
# small class hierarchy (Particle, Spark, Ember overriding step() and
# calling super()), an Emitter and a World that steps, bounces and retires
# particles. Floats use only + - * and comparisons, so every implementation
# computes the same bits.
# bench: scale=8 check=1
import sys

GRAVITY = -9.75
WIDTH = 64.0
FLOOR = 0.0


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add_scaled(self, other, k):
        self.x += other.x * k
        self.y += other.y * k


class Particle:
    drag = 0.995

    def __init__(self, x, y, vx, vy, life):
        self.pos = Vec(x, y)
        self.vel = Vec(vx, vy)
        self.life = life
        self.bounces = 0

    def alive(self):
        return self.life > 0

    def accelerate(self, dt):
        self.vel.y += GRAVITY * dt

    def step(self, dt):
        self.accelerate(dt)
        self.vel.x *= self.drag
        self.pos.add_scaled(self.vel, dt)
        self.bounce()
        self.life -= 1

    def bounce(self):
        pos = self.pos
        vel = self.vel
        if pos.y < FLOOR:
            pos.y = FLOOR - pos.y
            vel.y = -vel.y * 0.75
            self.bounces += 1
        if pos.x < 0.0:
            pos.x = -pos.x
            vel.x = -vel.x
        elif pos.x > WIDTH:
            pos.x = 2 * WIDTH - pos.x
            vel.x = -vel.x

    def weight(self):
        return 1


class Spark(Particle):
    drag = 0.98

    def step(self, dt):
        super().step(dt)
        self.life -= 1

    def weight(self):
        return 2


class Ember(Particle):
    def accelerate(self, dt):
        # Hot air: a weaker pull, plus buoyancy while young.
        self.vel.y += GRAVITY * 0.25 * dt
        if self.life > 50:
            self.vel.y += 0.5 * dt

    def weight(self):
        return 3


class Emitter:
    def __init__(self, x, seed):
        self.x = x
        self.seed = seed

    def next_random(self):
        s = self.seed
        s ^= (s << 13) & 0xFFFFFFFF
        s ^= s >> 17
        s ^= (s << 5) & 0xFFFFFFFF
        self.seed = s
        return s

    def emit(self):
        r = self.next_random()
        vx = ((r & 255) - 128) / 16.0
        vy = ((r >> 8) & 255) / 8.0
        life = 40 + ((r >> 16) & 63)
        kind = (r >> 24) % 3
        if kind == 0:
            return Particle(self.x, 1.0, vx, vy, life)
        if kind == 1:
            return Spark(self.x, 1.0, vx, vy, life)
        return Ember(self.x, 1.0, vx, vy, life)


class World:
    def __init__(self):
        self.particles = []
        self.emitters = [Emitter(16.0, 2463534242), Emitter(48.0, 88675123)]
        self.retired = 0
        self.score = 0

    def step(self, dt):
        for emitter in self.emitters:
            self.particles.append(emitter.emit())
            self.particles.append(emitter.emit())
        survivors = []
        for p in self.particles:
            p.step(dt)
            if p.alive():
                survivors.append(p)
            else:
                self.retired += 1
                self.score += p.weight() * (p.bounces + 1) + int(p.pos.x)
        self.particles = survivors


def run(steps):
    world = World()
    for _ in range(steps):
        world.step(1.0 / 64)
    x_sum = 0
    y_sum = 0
    for p in world.particles:
        x_sum += int(p.pos.x * 16)
        y_sum += int(p.pos.y * 16)
    print("alive", len(world.particles), "retired", world.retired, "score", world.score)
    print("positions", x_sum, y_sum)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 100)
