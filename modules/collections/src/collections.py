# The Python-level part of the `collections` module, compiled when the
# module is first imported (frozen source). `deque` is the VM's native ring
# buffer type; the dict subclasses and namedtuple are plain Python classes
# because they are thin layers over dict and tuple.


_ordered_dict_reprs_running = set()


class OrderedDict(dict):
    # Dicts keep insertion order, so an OrderedDict only adds reordering
    # (move_to_end, popitem(last=False)) and order-sensitive equality.

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return (key, dict.pop(self, key))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def copy(self):
        return self.__class__(self)

    def __reversed__(self):
        return reversed(list(self))

    def __repr__(self):
        if not self:
            return "%s()" % (self.__class__.__name__,)
        # Python 3.12's form: the class name around the dict's repr, and
        # "..." for the dict met again inside itself.
        key = id(self)
        if key in _ordered_dict_reprs_running:
            return "..."
        _ordered_dict_reprs_running.add(key)
        try:
            return "%s(%s)" % (self.__class__.__name__, dict.__repr__(self))
        finally:
            _ordered_dict_reprs_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return "%s(%r, %s)" % (
            self.__class__.__name__,
            self.default_factory,
            dict.__repr__(self),
        )


class Counter(dict):
    def __init__(self, iterable=None, **kwargs):
        dict.__init__(self)
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable: equal counts stay in insertion order, as
        # CPython's most_common.
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        return ordered[: max(n, 0)]

    def elements(self):
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) + count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) + 1
        if kwargs:
            self.update(kwargs)

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) - 1
        if kwargs:
            self.subtract(kwargs)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        items = ", ".join(["%r: %r" % pair for pair in self.most_common()])
        return "%s({%s})" % (self.__class__.__name__, items)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result

    def __pos__(self):
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for element in self:
            if self[element] != other[element]:
                return False
        for element in other:
            if self[element] != other[element]:
                return False
        return True

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result


def _count_of(pair):
    return pair[1]


_KEYWORDS = frozenset(
    (
        "False", "None", "True", "and", "as", "assert", "async", "await",
        "break", "class", "continue", "def", "del", "elif", "else", "except",
        "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
        "while", "with", "yield",
    )
)


def _field_property(index, name):
    def get(self):
        return self[index]

    return property(get, doc="Alias for field number %d" % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (
                not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith("_")
                or name in seen
            ):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(
                "Type names and field names must be valid identifiers: %r" % name
            )
        if name in _KEYWORDS:
            raise ValueError(
                "Type names and field names cannot be a keyword: %r" % name
            )
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(
                "Field names cannot start with an underscore: %r" % name
            )
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)

    fields = tuple(field_names)
    field_count = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > field_count:
            raise TypeError("Got more default values than field names")
    else:
        defaults = ()

    # __new__ is generated source so that argument binding (keywords,
    # missing and unexpected arguments) is the interpreter's own, with its
    # messages.
    first_default = field_count - len(defaults)
    parameters = []
    namespace = {"_tuple_new": tuple.__new__}
    for index, name in enumerate(fields):
        if index >= first_default:
            default_name = "_default_%d" % index
            namespace[default_name] = defaults[index - first_default]
            parameters.append("%s=%s" % (name, default_name))
        else:
            parameters.append(name)
    packed = "(" + "".join([name + ", " for name in fields]) + ")"
    source = "def __new__(_cls, %s):\n    return _tuple_new(_cls, %s)\n" % (
        ", ".join(parameters),
        packed,
    )
    exec(source, namespace)
    new = namespace["__new__"]
    new.__qualname__ = typename + ".__new__"

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != field_count:
            raise TypeError(
                "Expected %d arguments, got %d" % (field_count, len(result))
            )
        return result

    def _replace(self, **changes):
        result = self._make([changes.pop(name, value) for name, value in zip(fields, self)])
        if changes:
            raise ValueError("Got unexpected field names: %r" % list(changes))
        return result

    def __repr__(self):
        return "%s(%s)" % (
            self.__class__.__name__,
            ", ".join(["%s=%r" % pair for pair in zip(fields, self)]),
        )

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    members = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": dict(zip(fields[first_default:], defaults)),
        "__new__": new,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        members[name] = _field_property(index, name)
    result = type(typename, (tuple,), members)
    if module is not None:
        result.__module__ = module
    return result
