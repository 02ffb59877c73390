# The Python-level part of `json` (see lib.rs): the encoder, the error
# class, and the stream and keyword-argument layers over the native
# `_decode` and `_encode_str`.


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _float_text(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == -float("inf"):
        text = "-Infinity"
    else:
        return repr(float(o))
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def _raise_not_serializable(o):
    raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(
        self,
        *,
        skipkeys=False,
        ensure_ascii=True,
        check_circular=True,
        allow_nan=True,
        sort_keys=False,
        indent=None,
        separators=None,
        default=None
    ):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        _raise_not_serializable(o)

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        chunks = []
        self._encode(o, chunks, {} if self.check_circular else None, 0)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        return iter([self.encode(o)])

    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return repr(int(key))
        if self.skipkeys:
            return None
        raise TypeError(
            "keys must be str, int, float, bool or None, not %s" % type(key).__name__
        )

    def _encode(self, o, chunks, markers, depth):
        if isinstance(o, str):
            chunks.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            chunks.append("null")
        elif o is True:
            chunks.append("true")
        elif o is False:
            chunks.append("false")
        elif isinstance(o, int):
            chunks.append(repr(int(o)))
        elif isinstance(o, float):
            chunks.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple, dict)):
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            if isinstance(o, dict):
                self._encode_dict(o, chunks, markers, depth)
            else:
                self._encode_list(o, chunks, markers, depth)
            if markers is not None:
                del markers[marker]
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers[marker] = o
            self._encode(self.default(o), chunks, markers, depth)
            if markers is not None:
                del markers[marker]

    def _newline(self, chunks, depth):
        if self.indent is not None:
            chunks.append("\n" + self.indent * depth)

    def _encode_list(self, o, chunks, markers, depth):
        if not o:
            chunks.append("[]")
            return
        chunks.append("[")
        first = True
        for item in o:
            if first:
                first = False
            else:
                chunks.append(self.item_separator)
            self._newline(chunks, depth + 1)
            self._encode(item, chunks, markers, depth + 1)
        self._newline(chunks, depth)
        chunks.append("]")

    def _encode_dict(self, o, chunks, markers, depth):
        if not o:
            chunks.append("{}")
            return
        chunks.append("{")
        items = sorted(o.items()) if self.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self._key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                chunks.append(self.item_separator)
            self._newline(chunks, depth + 1)
            chunks.append(_encode_str(key, self.ensure_ascii))
            chunks.append(self.key_separator)
            self._encode(value, chunks, markers, depth + 1)
        self._newline(chunks, depth)
        chunks.append("}")


def dumps(obj, *, cls=None, **options):
    return (cls or JSONEncoder)(**options).encode(obj)


def dump(obj, fp, *, cls=None, **options):
    fp.write((cls or JSONEncoder)(**options).encode(obj))


def _skip_whitespace(s, i):
    n = len(s)
    while i < n and s[i] in " \t\n\r":
        i += 1
    return i


def _apply_object_hook(value, hook):
    # CPython calls the hook on each object as it is decoded: innermost
    # first, which a walk after decoding reproduces.
    if isinstance(value, list):
        for i in range(len(value)):
            value[i] = _apply_object_hook(value[i], hook)
    elif isinstance(value, dict):
        for key in value:
            value[key] = _apply_object_hook(value[key], hook)
        value = hook(value)
    return value


class JSONDecoder:
    def __init__(self, *, object_hook=None):
        self.object_hook = object_hook

    def raw_decode(self, s, idx=0):
        result = _decode(s, idx)
        if len(result) == 3:
            raise JSONDecodeError(result[0], s, result[1])
        value, end = result
        if self.object_hook is not None:
            value = _apply_object_hook(value, self.object_hook)
        return value, end

    def decode(self, s):
        value, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value


def loads(s, *, cls=None, **options):
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    else:
        raise TypeError(
            "the JSON object must be str, bytes or bytearray, not %s" % type(s).__name__
        )
    return (cls or JSONDecoder)(**options).decode(s)


def _read_all(fp):
    # A stream with only readinto() (MicroPython's stream protocol, an
    # io.IOBase subclass) is read through it, a byte at a time as
    # MicroPython's json.load does; a count larger than the buffer means a
    # broken stream, an I/O error.
    read = getattr(fp, "read", None)
    if read is not None:
        return read()
    chunks = []
    buf = bytearray(1)
    while True:
        n = fp.readinto(buf)
        if not n:
            break
        if n > len(buf):
            raise OSError(5, "Input/output error")
        chunks.append(bytes(buf[:n]))
    return b"".join(chunks)


def load(fp, *, cls=None, **options):
    return loads(_read_all(fp), cls=cls, **options)
