# str methods on strs that hold lone surrogates behave as on any other
# character: surrogates have no case, are not letters, digits, spaces or
# printable, and are found, split on, replaced and padded like others.

s = 'a\ud800 b\udcffC'
cases = [
    "s.upper()", "s.lower()", "s.casefold()", "s.swapcase()", "s.title()", "s.capitalize()",
    "s.split()", "s.split('\\ud800')", "s.rsplit(' ', 1)", "'x\\ud800y\\ud800z'.split('\\ud800', 1)",
    "'l1\\ud800\\nl2'.splitlines()", "s.strip('aC')", "'\\ud800 x \\ud800'.strip('\\ud800')", "s.strip()",
    "(' ' + s + ' ').strip()", "s.lstrip('a\\ud800')", "s.rstrip('C\\udcff')",
    "s.replace('\\ud800', 'X')", "'xyz'.replace('y', '\\udc00')", "s.replace(' ', '')",
    "s.find('\\udcff')", "s.rfind('\\ud800')", "s.index('b')", "s.find('z')", "s.count('\\ud800')",
    "'\\ud800\\ud800\\ud800'.count('\\ud800')", "s.startswith('a\\ud800')", "s.startswith(('q', 'a\\ud800'))",
    "s.endswith('\\udcffC')", "s.endswith('C', 0, 3)",
    "s.isalpha()", "s.isprintable()", "'\\ud800'.isprintable()", "'\\udfff'.isprintable()",
    "s.isascii()", "'\\ud800'.isspace()", "'\\ud800'.isdigit()", "'\\ud800'.isnumeric()",
    "'\\ud800'.isdecimal()", "'\\ud800'.isalnum()", "'\\ud800'.isidentifier()",
    "'A\\ud800'.isupper()", "'a\\ud800'.islower()", "'\\ud800'.isupper()", "'A\\ud800b'.istitle()",
    "s.center(12, '*')", "s.ljust(10, '\\udfff')", "s.rjust(9)", "'\\ud800'.zfill(4)", "'-\\ud800'.zfill(4)",
    "s.partition(' ')", "s.rpartition('\\udcff')", "s.partition('zz')",
    "'\\ud800\\tx'.expandtabs(4)", "s.removeprefix('a\\ud800')", "s.removesuffix('C')",
    "'\\ue000\\ud800'.upper()", "'\\ue000\\ue800\\ud800'.split('\\ue800')",
    "s.translate({0xd800: 'X', ord('a'): None})", "'abc'.translate({ord('b'): 0xdc00})",
    "'abc'.translate({ord('b'): '\\ud800\\ud801'})", "s.translate(str.maketrans('\\ud800', 'Z'))",
    "str.maketrans('\\ud800', '\\udc00')", "str.maketrans({'\\ud800': 'x'})",
    "str.maketrans('a', 'b', '\\udfff')",
    "s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass') == s",
    "len(s)", "s.__len__()", "s.__getitem__(1)", "s.__contains__('\\ud800 ')", "list(s.__iter__())",
    "format(s)", "format(s, '>10')", "format(s, '*^11')", "format(s, '.2')", "f'{s}'", "f'<{s:3.2}>'",
    "f'{s!r}'", "f'{s!a}'", "'%r' % s", "'%a' % (s,)", "'{!r}'.format(s)", "str(s) == s",
    "str(ValueError(s))", "repr(ValueError(s))", "ValueError(s).args[0] == s",
]
for case in cases:
    try:
        print(case, '->', ascii(eval(case)))
    except Exception as e:
        print(case, '!!', type(e).__name__, ascii(str(e)))

# A str subclass holding surrogates.
class Text(str):
    pass

t = Text('x\ud800y')
print(ascii(t.upper()), ascii(t.split('\ud800')), len(t), ascii(str(t)), t == 'x\ud800y')
print(ascii('-'.join([t, t])), ascii(t + 'z'), ascii(t[1]))

class Shown:
    def __str__(self):
        return 'shown\udc80'

print(ascii(str(Shown())))
