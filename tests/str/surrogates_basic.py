# Lone surrogates (U+D800..U+DFFF) are ordinary code points of str: made by
# chr() and escapes, with len, indexing, slicing, concatenation, comparison,
# hashing, membership, ord, iteration and repr as for any character.

s = chr(0xD800)
print(repr(s), len(s), type(s).__name__, ord(s))
print(s == '\ud800', s == '\U0000d800', s != '\udc00', chr(0xDFFF) == '\udfff')
print(repr('\ud800'), repr('\udc80'), repr('\udfff'), ascii('\udbff'))
print(repr(chr(0xD7FB)), repr(chr(0xE000)))

# A high surrogate followed by a low one stays two code points.
pair = '\ud83d\ude00'
print(len(pair), pair == '\U0001f600', repr(pair), [hex(ord(c)) for c in pair])

t = 'ab' + s + 'cd\udfff'
print(repr(t), len(t), bool(t), bool(s))
print(repr(t[2]), repr(t[-1]), repr(t[1:3]), repr(t[::-1]), repr(t[::2]))
print(repr(t[0:2]), t[0:2] == 'ab', repr(t[3:5]), t[3:5] == 'cd')
try:
    t[6]
except IndexError as e:
    print('IndexError:', e)

# Concatenation, repetition, join.
print(repr(s + s), repr(s * 3), repr('' + s), repr(s + ''), len(s * 5))
print(repr('-'.join(['a', s, 'b'])), repr(s.join(['x', 'y', 'z'])), repr(''.join([s])))
print(repr(''.join(['\ud83d', '\ude00'])), ''.join(['\ud83d', '\ude00']) == pair)

# Comparison follows code points.
print(s < '\ue000', s > '\ud7ff', '\ud7ff' < s < '\udc00' < '\uffff' < '\U00010000')
print(sorted(['\uffff', 'a', s, '\udc00', '\U00010000', '\ud7ff']) == ['a', '\ud7ff', s, '\udc00', '\uffff', '\U00010000'])
print(repr(min('b\ud800a')), repr(max('b\ud800a')), repr(max(['\ud800', '\ud7ff'])))

# Hashing: equal strs hash alike and work as dict and set keys.
d = {s: 'high', '\udc00': 'low', 'a': 'plain'}
print(d[chr(0xD800)], d['\udc00'], d['a'], s in d, '\udbff' in d)
print(hash(s) == hash(chr(0xD800)), hash('x' + s) == hash('x\ud800'))
print(len({s, chr(0xD800), '\ud800'}), len({s, '\udc00'}))

# Membership.
print(s in t, '\udfff' in t, 'b\ud800c' in t, 'x' in t, 'cd' in t, '' in s, s in 'abc')

# ord, iteration, reversed, list, enumerate.
print([hex(ord(c)) for c in t])
print([repr(c) for c in reversed(t)])
print(list('\ud800x'), [i for i, c in enumerate(t) if c == s])
print(str(s) is s, str(s) == s, repr(str(t)))
try:
    ord('\ud800\udc00')
except TypeError as e:
    print('TypeError:', e)

# chr's range includes every surrogate; beyond 0x10FFFF it is an error.
print(all(ord(chr(n)) == n for n in range(0xD7F0, 0xE010)))
for bad in (0x110000, -1):
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError:', e)

# Adjacent literals and escapes.
print(repr('a\ud800' 'b' "\udfff"), len('\ud800' '\udc00'))
print(repr('\U0000dc00x'), repr('x\udcffy'[1]))
print(repr([s, t]), repr((s,)), repr({s: s}))
