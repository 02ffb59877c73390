# Parsing: key=value records as a data logger writes them
# ("sensor=t3;seq=17;value=-42;unit=mC"), split into dicts, validated,
# aggregated per sensor and formatted back into a report with %-formatting.
# bench: scale=10 check=1
import sys

UNITS = ["mC", "mV", "Pa", "lx"]


def make_log(count):
    lines = []
    seed = 99
    for i in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        sensor = "t%d" % (seed % 13)
        value = (seed >> 8) % 2001 - 1000
        unit = UNITS[(seed >> 4) % len(UNITS)]
        if i % 50 == 49:
            lines.append("sensor=%s;seq=%d;value=oops" % (sensor, i))
        else:
            lines.append("sensor=%s;seq=%d;value=%d;unit=%s" % (sensor, i, value, unit))
    return "\n".join(lines)


def parse_record(line):
    record = {}
    for field in line.split(";"):
        key, _, value = field.partition("=")
        record[key] = value
    return record


def run(scale):
    log = make_log(scale * 1000)
    stats = {}
    units = {}
    bad = 0
    for line in log.split("\n"):
        record = parse_record(line)
        text = record["value"]
        if "unit" not in record or not text.lstrip("-").isdigit():
            bad += 1
            continue
        value = int(text)
        sensor = record["sensor"]
        entry = stats.get(sensor)
        if entry is None:
            stats[sensor] = [1, value, value, value]
        else:
            entry[0] += 1
            entry[1] += value
            if value < entry[2]:
                entry[2] = value
            if value > entry[3]:
                entry[3] = value
        units[record["unit"]] = units.get(record["unit"], 0) + 1
    report = []
    for sensor in sorted(stats):
        n, total, low, high = stats[sensor]
        report.append("%-4s n=%5d mean=%6d min=%5d max=%5d" % (sensor, n, total // n, low, high))
    print("\n".join(report))
    print("bad", bad, "units", " ".join(["%s:%d" % (u, units[u]) for u in sorted(units)]))
    print("report chars", len("\n".join(report)))


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale)
