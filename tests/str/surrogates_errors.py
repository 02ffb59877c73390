# Where text must be valid UTF-8 (stdout, source code, file names), a str
# with lone surrogates raises CPython's UnicodeEncodeError; where a number
# is parsed, the usual ValueError.

def show(label, f):
    try:
        print(label, '->', ascii(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', ascii(str(e)))

s = '\ud800'
show('int', lambda: int(s))
show('int 1 + s', lambda: int('1' + s))
show('int base', lambda: int('1\udc00', 16))
show('float', lambda: float(' 1.5\udfff'))
show('complex', lambda: complex(s))
show('exec', lambda: exec(s))
show('eval', lambda: eval('1 +' + s))
show('compile', lambda: compile('x = "' + s + '"', 'f', 'exec'))
show('open', lambda: open('file\ud800.txt'))
show('bytes.fromhex', lambda: bytes.fromhex('ab' + s))
show('utf-8 codec name', lambda: b'x'.decode('utf' + s))
show('encode errors name', lambda: 'x'.encode('utf-8', s))

# print writes UTF-8: what comes before the surrogate is written first.
try:
    print('before', 'x' + s)
except UnicodeEncodeError as e:
    print()
    print('UnicodeEncodeError:', e)
try:
    print('one', end=s)
except UnicodeEncodeError as e:
    print()
    print('UnicodeEncodeError:', e)
print('sep unused', sep=s)
try:
    print('a', 'b', sep='\udc00')
except UnicodeEncodeError as e:
    print()
    print('UnicodeEncodeError:', e)

import sys
try:
    sys.stdout.write('w\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(ascii(repr(s)), repr(s).encode())
