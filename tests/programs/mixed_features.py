# A small telemetry pipeline that mixes the language's features: a class
# hierarchy with operators and properties, generators feeding a `match`
# dispatcher, f-strings with nested quotes and format specs, chained
# exceptions; at the end a failing line deep in the call stack gives a
# traceback with carets.


class Quantity:
    """A value with a unit; arithmetic keeps units consistent."""

    __slots__ = ("_value", "unit")

    def __init__(self, value, unit):
        self._value = value
        self.unit = unit

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        if new < 0 and self.unit == "K":
            raise ValueError(f"{new} {self.unit!r} is below absolute zero")
        self._value = new

    def _check(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        if other.unit != self.unit:
            raise TypeError(f"unit mismatch: {self.unit!r} vs {other.unit!r}")
        return other

    def __add__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return type(self)(self._value + other._value, self.unit)

    def __sub__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return type(self)(self._value - other._value, self.unit)

    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return type(self)(self._value * factor, self.unit)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return type(self)(self._value / divisor, self.unit)

    def __eq__(self, other):
        return isinstance(other, Quantity) and (self._value, self.unit) == (other._value, other.unit)

    def __lt__(self, other):
        return self._value < self._check(other)._value

    def __hash__(self):
        return hash((self._value, self.unit))

    def __bool__(self):
        return self._value != 0

    def __repr__(self):
        return f"{type(self).__name__}({self._value!r}, {self.unit!r})"

    def __format__(self, spec):
        return f"{format(self._value, spec)} {self.unit}"


class Temperature(Quantity):
    __slots__ = ()

    def __init__(self, value, unit="K"):
        super().__init__(value, unit)

    @property
    def celsius(self):
        return self.value - 273.15

    @classmethod
    def from_celsius(cls, degrees):
        return cls(degrees + 273.15)


class Pressure(Quantity):
    __slots__ = ()

    def __init__(self, value, unit="Pa"):
        super().__init__(value, unit)


class SensorError(Exception):
    def __init__(self, sensor, reason):
        super().__init__(f"sensor {sensor!r}: {reason}")
        self.sensor = sensor


def readings():
    """Raw records as a device would send them."""
    yield ("temp", "t0", 21.5)
    yield ("temp", "t1", -300.0)
    yield ("pressure", "p0", 101325)
    yield ("batch", [("temp", "t2", 19.25), ("pressure", "p1", 99000)])
    yield ("status", {"ok": True, "uptime": 3600})
    yield ("status", {"ok": False, "error": "brown-out"})
    yield ("noise", b"\x00\xff")


def flatten(source):
    for record in source:
        if record[0] == "batch":
            yield from record[1]
        else:
            yield record


def dispatch(record, log):
    match record:
        case ("temp", str(name), float() | int() as celsius) if celsius > -273.15:
            log.append((name, Temperature.from_celsius(celsius)))
        case ("temp", name, celsius):
            raise SensorError(name, f"impossible reading {celsius:+.1f}\u00b0C")
        case ("pressure", name, int(pascals)):
            log.append((name, Pressure(pascals)))
        case ("status", {"ok": True, **rest}):
            log.append(("status", f"up {rest['uptime'] // 60} min"))
        case ("status", {"ok": False, "error": str(reason)}):
            log.append(("status", f"fault: {reason!r}"))
        case _:
            log.append(("ignored", repr(record)))


def process(source):
    log = []
    errors = []
    for record in flatten(source):
        try:
            dispatch(record, log)
        except SensorError as error:
            errors.append(error)
    return log, errors


log, errors = process(readings())
for name, item in log:
    if isinstance(item, Temperature):
        print(f"{name:>8}: {item:.2f} = {item.celsius:6.2f}\u00b0C")
    elif isinstance(item, Quantity):
        print(f"{name:>8}: {item:,} ({item!r})")
    else:
        print(f"{name:>8}: {item}")
for error in errors:
    print(f"error on {error.sensor}: {error}")

temperatures = [item for _, item in log if isinstance(item, Temperature)]
total = sum(temperatures[1:], temperatures[0])
mean = total / len(temperatures)
print(f"mean {mean:.3f}, warmest {max(temperatures)!r}, {sorted(temperatures) == temperatures = }")
print(f"{2 * Pressure(10) + Pressure(5)!r}, {bool(Pressure(0))}, {len({Pressure(1), Pressure(1)})}")
print(f'''{"nested " + f"{'quotes'!s:>8}"} and {f"{3.14159:{'.'}{2}f}"}''')


def calibrate(sensor, offset):
    try:
        sensor.value = sensor.value + offset
    except ValueError as error:
        raise SensorError("calibration", str(error)) from error


def check_units(a, b):
    try:
        return a - b
    except TypeError:
        raise RuntimeError("calibration aborted")


probe = Temperature(5.0)
try:
    calibrate(probe, -10)
except SensorError as error:
    print(f"{error} (cause: {type(error.__cause__).__name__}: {error.__cause__})")

try:
    check_units(probe, Pressure(1))
except RuntimeError as error:
    context = error.__context__
    print(f"{error}; during: {context!r}; suppressed: {error.__suppress_context__}")


def deepest(stages):
    scale = {"gain": 2, "offset": 1}
    return stages[0].value * scale["gain"] / (stages[1].value - scale["offset"])


def pipeline(depth, stages):
    if depth == 0:
        return deepest(stages)
    return pipeline(depth - 1, stages)


print(f"{pipeline(3, [Pressure(8), Pressure(3)]):.1f}")
print(pipeline(3, [Pressure(8), Pressure(1)]))
