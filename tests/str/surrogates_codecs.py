# Encoding and decoding strs with lone surrogates: UTF-8 refuses them
# ("surrogates not allowed") unless an error handler says otherwise;
# surrogatepass writes and reads their 3-byte form; surrogateescape maps
# undecodable bytes to U+DC80..U+DCFF and back.

def show(label, f):
    try:
        print(label, '->', ascii(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, '!!', type(e).__name__ + ':', e)

s = '\ud800'
show("encode()", lambda: s.encode())
show("encode('utf-8')", lambda: s.encode('utf-8'))
show("encode('utf8') run", lambda: 'ab\ud800\udfffc\udc00'.encode('utf8'))
show("surrogatepass", lambda: s.encode('utf-8', 'surrogatepass'))
show("surrogatepass pair", lambda: '\ud83d\ude00'.encode('utf-8', 'surrogatepass'))
show("surrogatepass mixed", lambda: 'a\udcffb\U0001f600'.encode('utf-8', 'surrogatepass'))
show("surrogateescape", lambda: '\udcff'.encode('utf-8', 'surrogateescape'))
show("surrogateescape run", lambda: 'a\udc80\udcffb'.encode('utf-8', 'surrogateescape'))
show("surrogateescape bad", lambda: 'a\udc80\ud800b'.encode('utf-8', 'surrogateescape'))
show("surrogateescape bad run", lambda: 'a\ud800\udc80b'.encode('utf-8', 'surrogateescape'))
show("ignore", lambda: 'a\ud800b'.encode('utf-8', 'ignore'))
show("replace", lambda: 'a\ud800\udc00b'.encode('utf-8', 'replace'))
show("backslashreplace", lambda: 'a\ud800\udfffb'.encode('utf-8', 'backslashreplace'))
show("xmlcharrefreplace", lambda: 'a\ud800b'.encode('utf-8', 'xmlcharrefreplace'))
show("latin-1", lambda: s.encode('latin-1'))
show("ascii", lambda: ('x' + s).encode('ascii'))
show("latin-1 surrogatepass", lambda: s.encode('latin-1', 'surrogatepass'))
show("latin-1 surrogateescape", lambda: '\udce9'.encode('latin-1', 'surrogateescape'))
show("ascii surrogateescape", lambda: 'a\udc80'.encode('ascii', 'surrogateescape'))
show("ascii surrogateescape bad", lambda: '\xe9\udc80'.encode('ascii', 'surrogateescape'))
show("bytes(s, 'utf-8')", lambda: bytes(s, 'utf-8'))
show("bytes(s, 'utf-8', 'surrogatepass')", lambda: bytes(s, 'utf-8', 'surrogatepass'))
show("bytearray(..., 'surrogateescape')", lambda: bytearray('\udc80x', 'utf-8', 'surrogateescape'))

# The error's attributes.
try:
    'ab\ud800\udc00c'.encode()
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason)

# Decoding.
show("decode strict", lambda: b'\xed\xa0\x80'.decode())
show("decode surrogatepass", lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass'))
show("decode surrogatepass pair", lambda: b'a\xed\xa0\xbd\xed\xb8\x80b'.decode('utf-8', 'surrogatepass'))
show("decode surrogatepass short", lambda: b'\xed\xa0'.decode('utf-8', 'surrogatepass'))
show("decode surrogatepass other", lambda: b'\xed\xa0\x80\xff'.decode('utf-8', 'surrogatepass'))
show("decode surrogatepass valid", lambda: b'\xf0\x9f\x98\x80\xed\x9f\xbf'.decode('utf-8', 'surrogatepass'))
show("decode surrogateescape", lambda: b'\xff'.decode('utf-8', 'surrogateescape'))
show("decode surrogateescape many", lambda: b'\xff\xfeA\x80\xe2\x82'.decode('utf-8', 'surrogateescape'))
show("decode surrogateescape encoded", lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogateescape'))
show("decode ascii surrogateescape", lambda: b'a\xffb'.decode('ascii', 'surrogateescape'))
show("decode ascii surrogatepass", lambda: b'\xe9'.decode('ascii', 'surrogatepass'))
show("decode latin-1", lambda: b'\xed\xa0\x80'.decode('latin-1', 'surrogatepass'))
show("str(b, 'utf-8', 'surrogateescape')", lambda: str(b'\xff', 'utf-8', 'surrogateescape'))
show("bytearray decode", lambda: bytearray(b'x\xed\xb0\x80').decode('utf-8', 'surrogatepass'))

# Round trips.
data = bytes(range(256))
escaped = data.decode('utf-8', 'surrogateescape')
print(len(escaped), escaped.encode('utf-8', 'surrogateescape') == data)
edges = [range(0xD7FE, 0xD808), range(0xDBF8, 0xDC08), range(0xDFF8, 0xE002)]
text = ''.join(chr(n) for r in edges for n in r)
print(text.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass') == text)
