# Sorting: records as tuples sorted by the builtin sort (whole tuples, then
# a key function, then reversed), and a hand-written merge sort over ints.
# bench: scale=10 check=1
import sys


def make_records(n):
    records = []
    seed = 5
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        records.append(((seed >> 8) % 100, (seed >> 4) % 1000, i))
    return records


def merge_sort(items):
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def checksum(items):
    total = 0
    for position, item in enumerate(items):
        total = (total * 31 + position * item) & 0xFFFFFFFF
    return total


def run(n):
    records = make_records(n)
    by_tuple = sorted(records)
    # Keys are unique: MicroPython's sort is not stable.
    by_key = sorted(records, key=lambda r: r[1] * 100000 + r[2])
    by_key.sort(key=lambda r: (r[0], -r[2]), reverse=True)
    ints = [r[1] * 1000 + r[0] for r in records]
    merged = merge_sort(ints)
    print("tuple", checksum([r[2] for r in by_tuple]))
    print("key", checksum([r[2] for r in by_key]))
    print("merge", checksum(merged), merged == sorted(ints))


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale * 1000)
