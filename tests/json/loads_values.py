# json.loads: values, whitespace, escapes, numbers, hooks, streams.
import json

print(json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads(" \t\n\r 42 \n"))
for text in ["0", "-0", "123456789012345678901234567890", "-5", "1.5", "-0.0", "1e3",
             "1E-3", "2.5e+2", "1e400", "-1e400", "NaN", "Infinity", "-Infinity"]:
    value = json.loads(text)
    print(text, repr(value), type(value).__name__)
print(json.loads('"plain"'), json.loads('""') == "")
print(repr(json.loads(r'"\" \\ \/ \b \f \n \r \t"')))
print(repr(json.loads(r'"\u0041\u00e9\u20ac"')))
print(repr(json.loads(r'"\ud83d\ude00 pair"')))
print(repr(json.loads('"caf\u00e9 direct \U0001f600"')))
print(json.loads('[1, [2, [3, []]], {}, {"a": {"b": null}}]'))
print(json.loads('{"a": 1, "b": [true, false], "a": 2}'))
print(json.loads('{ "x" : [ 1 , 2 ] , "y" : { } }'))
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b"[3.25]")))
print(json.loads('"\u2603"') == "\u2603")

# Keys stay in document order.
print(list(json.loads('{"z": 1, "a": 2, "m": 3}')))

# object_hook runs on each object, innermost first.
seen = []


def hook(obj):
    seen.append(sorted(obj))
    return len(obj)


print(json.loads('{"a": {"b": 1, "c": {}}, "d": [{"e": 0}]}', object_hook=hook))
print(seen)

# raw_decode gives the value and where it ended.
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"a": 1} trailing'))
print(decoder.raw_decode('[1, 2]   '))
print(decoder.raw_decode('xx 7 yy', 3))

# Round trips.
for value in [[1, "two", 3.0, None, True, {"k": [False, -1]}], {"": ""}, "\x00\u0100"]:
    for ensure_ascii in (True, False):
        text = json.dumps(value, ensure_ascii=ensure_ascii)
        print(text, json.loads(text) == value)

# Streams.
import io

stream = io.StringIO()
json.dump({"s": [1, 2]}, stream, indent=1)
print(repr(stream.getvalue()))
print(json.load(io.StringIO('  {"read": "back"} ')))
print(json.load(io.BytesIO(b"[1, 2, 3]")))

# Very deep input is a RecursionError.
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError:
    print("RecursionError")
try:
    json.loads('{"a":' * 5000 + "1" + "}" * 5000)
except RecursionError:
    print("RecursionError")
nested = json.loads("[" * 50 + "]" * 50)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print(depth)
