# sieve of Eratosthenes, and some prime statistics
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k, p in enumerate(is_prime) if p]

primes = sieve(2000)
print(len(primes), primes[:20], primes[-5:])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print(len(twins), twins[:8])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items()))
print(sum(primes), max(q - p for p, q in zip(primes, primes[1:])))

def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out

for n in (360, 97, 1001, 2 ** 20, 999983, 600851475143):
    print(n, factorize(n))
goldbach = {n: next((p, n - p) for p in primes if (n - p) in set(primes)) for n in range(4, 40, 6)}
print(goldbach)
