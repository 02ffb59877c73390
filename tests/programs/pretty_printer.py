# a JSON-like pretty printer written in Python
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(v, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v != v:
            raise ValueError("NaN is not allowed")
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        items = [pad + dumps(x, indent, level + 1) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = []
        for k, x in v.items():
            if not isinstance(k, str):
                raise TypeError("keys must be str, not " + type(k).__name__)
            items.append(pad + escape(k) + ": " + dumps(x, indent, level + 1))
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError("cannot serialize " + type(v).__name__)

def compact(v):
    if isinstance(v, dict):
        return "{" + ",".join(escape(k) + ":" + compact(x) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(compact(x) for x in v) + "]"
    return dumps(v)

doc = {
    "name": "Pyrite",
    "version": [0, 1, 0],
    "stable": False,
    "tags": ["python", "rust", "micro"],
    "limits": {"heap": 65536, "ratio": 0.75, "nested": {"empty_list": [], "empty_dict": {}}},
    "notes": "line one\nline \"two\"\ttabbed \\ é",
    "nothing": None,
    "big": 2 ** 70,
}
print(dumps(doc))
print(compact(doc))
print(dumps([1, [2, [3, []]]], indent=1))
for bad in ({1: "x"}, {"s": {1, 2}}, [float("nan")]):
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
