# Where Pyrite's support for lone surrogates in str stops (docs/differences.md):
# interned names, str.format/%-formatting of them, and str methods on text
# that also uses all three private-use blocks the methods borrow.

def show(label, f):
    try:
        print(label, '->', ascii(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', ascii(str(e)))

s = '\ud800'

class Plain:
    pass

show('getattr', lambda: getattr(Plain(), s))
show('setattr', lambda: setattr(Plain(), s, 1))
def takes(**named):
    return named

show('keyword', lambda: takes(**{s: 1}))
show('dict keyword', lambda: dict(**{s: 1}))
show('sys.intern', lambda: __import__('sys').intern(s))
show('%s', lambda: '%s' % s)
show('% template', lambda: s + '%d' % 1)
show('% template', lambda: (s + '%d') % 1)
show('format arg', lambda: '{}'.format(s))
show('format template', lambda: (s + '{}').format(1))
show('f-string spec', lambda: f'{s:>3}')
show('stand-ins free', lambda: ('\ue000\ue800' + s).upper())
show('stand-ins used', lambda: ('\ue000\ue800\uf000' + s).upper())
