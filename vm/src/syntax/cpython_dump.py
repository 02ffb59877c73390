"""Render CPython's ast in the S-expression format of dump.rs (with
positions in code points), to diff against `cargo test -p pyrite-vm --lib
syntax::tests::dump_corpus -- --ignored` run with SYNTAX_CORPUS (a file
listing source paths) and SYNTAX_OUT (output directory) set.

Usage: python3 cpython_dump.py LIST OUTDIR   (writes OUTDIR/<n>.py.txt)

Known differences: \\N{...} escapes (unsupported by design), NFKC
normalisation of identifiers, and float printing ties (Rust and Python
break equal-length shortest representations differently).
"""
import ast, sys, math

SPANS = True

def rfloat(v):
    if math.isinf(v): return "inf" if v > 0 else "-inf"
    if math.isnan(v): return "NaN"
    r = repr(v)
    if 'e' in r:
        m, e = r.split('e')
        sign = '-' if e.startswith('-') else ''
        e = e.lstrip('+-').lstrip('0') or '0'
        return f"{m}e{sign}{e}"
    return r

def rstr(s):
    out = ['"']
    for c in s:
        o = ord(c)
        if c == '"': out.append('\\"')
        elif c == '\\': out.append('\\\\')
        elif c == '\n': out.append('\\n')
        elif c == '\r': out.append('\\r')
        elif c == '\t': out.append('\\t')
        elif c == '\0': out.append('\\0')
        elif o < 0x20 or o == 0x7f: out.append('\\u{%x}' % o)
        elif 0x80 <= o < 0xa0: out.append('\\u{%x}' % o)
        else: out.append(c)
    out.append('"')
    return ''.join(out)

def rbytes(b):
    out = ['b"']
    for x in b:
        c = chr(x)
        if c == '\t': out.append('\\t')
        elif c == '\r': out.append('\\r')
        elif c == '\n': out.append('\\n')
        elif c == "'": out.append("\\'")
        elif c == '"': out.append('\\"')
        elif c == '\\': out.append('\\\\')
        elif 0x20 <= x < 0x7f: out.append(c)
        else: out.append('\\x%02x' % x)
    out.append('"')
    return ''.join(out)

class D:
    def __init__(self, src):
        self.src = src
        self.lines = src.encode('utf-8').splitlines(keepends=True)
        # ast uses line numbers per the tokenizer's splitting (\n, \r\n, \r)
        self.fdepth = 0
    def cp(self, line, col):
        if line - 1 >= len(self.lines): return col
        return len(self.lines[line-1][:col].decode('utf-8', 'replace'))
    def sp(self, n):
        if not SPANS or self.fdepth: return ''
        return '@%d:%d-%d:%d' % (n.lineno, self.cp(n.lineno, n.col_offset), n.end_lineno, self.cp(n.end_lineno, n.end_col_offset))
    def const(self, v, node=None):
        if v is None: return 'None'
        if v is True: return 'True'
        if v is False: return 'False'
        if v is Ellipsis: return '...'
        if isinstance(v, int):
            if -2**63 <= v < 2**63: return str(v)
            seg = ast.get_source_segment(self.src, node).replace('_', '')
            radix = 10
            if seg[:2].lower() in ('0x', '0o', '0b'):
                radix = {'x':16,'o':8,'b':2}[seg[1].lower()]; seg = seg[2:]
            return 'big%d:%s' % (radix, seg)
        if isinstance(v, float): return rfloat(v)
        if isinstance(v, complex): return rfloat(v.imag) + 'j'
        if isinstance(v, str): return rstr(''.join('\ufffd' if 0xd800 <= ord(c) < 0xe000 else c for c in v))
        if isinstance(v, bytes): return rbytes(v)
        return '?'
    def params(self, a):
        items = []
        posargs = a.posonlyargs + a.args
        defaults = [None] * (len(posargs) - len(a.defaults)) + a.defaults
        def one(prefix, p, d):
            s = prefix + p.arg
            if p.annotation is not None: s += ':' + self.e(p.annotation)
            if d is not None: s += '=' + self.e(d)
            return s
        for i, p in enumerate(a.posonlyargs):
            items.append(one('', p, defaults[i]))
        if a.posonlyargs: items.append('/')
        for i, p in enumerate(a.args):
            items.append(one('', p, defaults[len(a.posonlyargs) + i]))
        if a.vararg: items.append(one('*', a.vararg, None))
        elif a.kwonlyargs: items.append('*')
        for p, d in zip(a.kwonlyargs, a.kw_defaults):
            items.append(one('', p, d))
        if a.kwarg: items.append(one('**', a.kwarg, None))
        return '(' + ' '.join(items) + ')'
    def gens(self, gs):
        s = ''
        for g in gs:
            s += ' (async-for ' if g.is_async else ' (for '
            s += self.e(g.target) + ' ' + self.e(g.iter)
            for c in g.ifs: s += ' (if ' + self.e(c) + ')'
            s += ')'
        return s
    def kws(self, ks):
        return ''.join(' ' + ((k.arg + '=') if k.arg else '**') + self.e(k.value) for k in ks)
    def es(self, xs):
        return ''.join(' ' + self.e(x) for x in xs)
    def opt(self, x):
        return '_' if x is None else self.e(x)
    def e(self, n):
        return self.e0(n) + self.sp(n)
    def e0(self, n):
        t = type(n).__name__
        B = {'Add':'+','Sub':'-','Mult':'*','MatMult':'@','Div':'/','Mod':'%','Pow':'**','LShift':'<<','RShift':'>>','BitOr':'|','BitXor':'^','BitAnd':'&','FloorDiv':'//'}
        C = {'Eq':'==','NotEq':'!=','Lt':'<','LtE':'<=','Gt':'>','GtE':'>=','Is':'is','IsNot':'isnot','In':'in','NotIn':'notin'}
        if t == 'Name': return n.id
        if t == 'Constant': return self.const(n.value, n)
        if t == 'BoolOp': return '(' + ('and' if type(n.op).__name__ == 'And' else 'or') + self.es(n.values) + ')'
        if t == 'NamedExpr': return '(:= %s %s)' % (n.target.id, self.e(n.value))
        if t == 'BinOp': return '(%s %s %s)' % (B[type(n.op).__name__], self.e(n.left), self.e(n.right))
        if t == 'UnaryOp': return '(%s %s)' % ({'Invert':'~','Not':'not','UAdd':'pos','USub':'neg'}[type(n.op).__name__], self.e(n.operand))
        if t == 'Lambda': return '(lambda %s %s)' % (self.params(n.args), self.e(n.body))
        if t == 'IfExp': return '(ifexp %s %s %s)' % (self.e(n.test), self.e(n.body), self.e(n.orelse))
        if t == 'Dict':
            return '(dict' + ''.join(' ' + ((self.e(k) + ':') if k is not None else '**') + self.e(v) for k, v in zip(n.keys, n.values)) + ')'
        if t == 'Set': return '(set' + self.es(n.elts) + ')'
        if t == 'List': return '(list' + self.es(n.elts) + ')'
        if t == 'Tuple': return '(tuple' + self.es(n.elts) + ')'
        if t == 'ListComp': return '(listcomp ' + self.e(n.elt) + self.gens(n.generators) + ')'
        if t == 'SetComp': return '(setcomp ' + self.e(n.elt) + self.gens(n.generators) + ')'
        if t == 'GeneratorExp': return '(genexp ' + self.e(n.elt) + self.gens(n.generators) + ')'
        if t == 'DictComp': return '(dictcomp ' + self.e(n.key) + ':' + self.e(n.value) + self.gens(n.generators) + ')'
        if t == 'Await': return '(await ' + self.e(n.value) + ')'
        if t == 'Yield': return '(yield ' + self.opt(n.value) + ')'
        if t == 'YieldFrom': return '(yieldfrom ' + self.e(n.value) + ')'
        if t == 'Compare':
            return '(cmp ' + self.e(n.left) + ''.join(' %s %s' % (C[type(o).__name__], self.e(c)) for o, c in zip(n.ops, n.comparators)) + ')'
        if t == 'Call': return '(call ' + self.e(n.func) + self.es(n.args) + self.kws(n.keywords) + ')'
        if t == 'FormattedValue':
            s = '(fv ' + self.e(n.value)
            if n.conversion != -1: s += ' !' + chr(n.conversion)
            if n.format_spec is not None: s += ' :' + self.e(n.format_spec)
            return s + ')'
        if t == 'JoinedStr':
            self.fdepth += 1
            s = '(f' + self.es(n.values) + ')'
            self.fdepth -= 1
            return s
        if t == 'Attribute': return '(. %s %s)' % (self.e(n.value), n.attr)
        if t == 'Subscript': return '(sub %s %s)' % (self.e(n.value), self.e(n.slice))
        if t == 'Starred': return '*' + self.e(n.value)
        if t == 'Slice': return '(slice %s %s %s)' % (self.opt(n.lower), self.opt(n.upper), self.opt(n.step))
        return '?' + t
    def p(self, n):
        return self.p0(n) + self.sp(n)
    def p0(self, n):
        t = type(n).__name__
        if t == 'MatchValue': return '(value ' + self.e(n.value) + ')'
        if t == 'MatchSingleton': return self.const(n.value)
        if t == 'MatchSequence': return '(seq' + ''.join(' ' + self.p(x) for x in n.patterns) + ')'
        if t == 'MatchMapping':
            s = '(map' + ''.join(' ' + self.e(k) + ':' + self.p(v) for k, v in zip(n.keys, n.patterns))
            if n.rest: s += ' **' + n.rest
            return s + ')'
        if t == 'MatchClass':
            return '(class ' + self.e(n.cls) + ''.join(' ' + self.p(x) for x in n.patterns) + ''.join(' %s=%s' % (k, self.p(v)) for k, v in zip(n.kwd_attrs, n.kwd_patterns)) + ')'
        if t == 'MatchStar': return '*' + (n.name or '_')
        if t == 'MatchAs':
            if n.pattern is None: return n.name or '_'
            return '(as %s %s)' % (self.p(n.pattern), n.name or '_')
        if t == 'MatchOr': return '(or' + ''.join(' ' + self.p(x) for x in n.patterns) + ')'
        return '?' + t
    def body(self, b):
        return '[' + ' '.join(self.s(x) for x in b) + ']'
    def names(self, ns):
        return ''.join(' ' + a.name + ((' as ' + a.asname) if a.asname else '') for a in ns)
    def s(self, n):
        return self.s0(n) + self.sp(n)
    def s0(self, n):
        t = type(n).__name__
        B = {'Add':'+','Sub':'-','Mult':'*','MatMult':'@','Div':'/','Mod':'%','Pow':'**','LShift':'<<','RShift':'>>','BitOr':'|','BitXor':'^','BitAnd':'&','FloorDiv':'//'}
        if t == 'Expr': return self.e0(n.value)
        if t == 'Assign': return '(=' + self.es(n.targets) + ' ' + self.e(n.value) + ')'
        if t == 'AugAssign': return '(%s= %s %s)' % (B[type(n.op).__name__], self.e(n.target), self.e(n.value))
        if t == 'AnnAssign': return '(%s %s %s %s)' % ('ann' if n.simple else 'ann-complex', self.e(n.target), self.e(n.annotation), self.opt(n.value))
        if t in ('FunctionDef', 'AsyncFunctionDef'):
            s = '(async-def ' if t == 'AsyncFunctionDef' else '(def '
            for d in n.decorator_list: s += '@' + self.e(d) + ' '
            s += n.name + self.params(n.args)
            if n.returns is not None: s += ' -> ' + self.e(n.returns)
            return s + ' ' + self.body(n.body) + ')'
        if t == 'ClassDef':
            s = '(class '
            for d in n.decorator_list: s += '@' + self.e(d) + ' '
            return s + n.name + '(' + self.es(n.bases) + self.kws(n.keywords) + ') ' + self.body(n.body) + ')'
        if t == 'Return': return '(return ' + self.opt(n.value) + ')'
        if t == 'Delete': return '(del' + self.es(n.targets) + ')'
        if t in ('If', 'While'):
            s = '(%s %s %s' % (t.lower(), self.e(n.test), self.body(n.body))
            if n.orelse: s += ' ' + self.body(n.orelse)
            return s + ')'
        if t in ('For', 'AsyncFor'):
            s = '(async-for ' if t == 'AsyncFor' else '(for '
            s += self.e(n.target) + ' ' + self.e(n.iter) + ' ' + self.body(n.body)
            if n.orelse: s += ' ' + self.body(n.orelse)
            return s + ')'
        if t in ('With', 'AsyncWith'):
            s = '(async-with' if t == 'AsyncWith' else '(with'
            for it in n.items:
                s += ' ' + self.e(it.context_expr)
                if it.optional_vars is not None: s += ' as ' + self.e(it.optional_vars)
            return s + ' ' + self.body(n.body) + ')'
        if t == 'Match':
            s = '(match ' + self.e(n.subject)
            for c in n.cases:
                s += ' (case ' + self.p(c.pattern)
                if c.guard is not None: s += ' if ' + self.e(c.guard)
                s += ' ' + self.body(c.body) + ')'
            return s + ')'
        if t == 'Raise':
            s = '(raise ' + self.opt(n.exc)
            if n.cause is not None: s += ' from ' + self.e(n.cause)
            return s + ')'
        if t in ('Try', 'TryStar'):
            s = '(try* ' if t == 'TryStar' else '(try '
            s += self.body(n.body)
            for h in n.handlers:
                s += ' (except ' + self.opt(h.type)
                if h.name: s += ' as ' + h.name
                s += ' ' + self.body(h.body) + ')'
            if n.orelse: s += ' (else ' + self.body(n.orelse) + ')'
            if n.finalbody: s += ' (finally ' + self.body(n.finalbody) + ')'
            return s + ')'
        if t == 'Assert':
            s = '(assert ' + self.e(n.test)
            if n.msg is not None: s += ' ' + self.e(n.msg)
            return s + ')'
        if t == 'Import': return '(import' + self.names(n.names) + ')'
        if t == 'ImportFrom': return '(from ' + '.' * n.level + (n.module or '') + self.names(n.names) + ')'
        if t == 'Global': return '(global ' + ' '.join(n.names) + ')'
        if t == 'Nonlocal': return '(nonlocal ' + ' '.join(n.names) + ')'
        if t in ('Pass', 'Break', 'Continue'): return t.lower()
        return '?' + t

def dump_file(path):
    with open(path, 'rb') as f: raw = f.read()
    try:
        src = raw.decode('utf-8')
    except UnicodeDecodeError:
        return None
    if src.startswith('\ufeff'): src = src[1:]
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return 'ERR %s @%s:%s' % (e.msg, e.lineno, (e.offset or 1) - 1)
    except Exception as e:
        return 'ERR %s' % e
    d = D(src)
    return '\n'.join(d.s(x) for x in tree.body)

if __name__ == '__main__':
    sys.setrecursionlimit(10000)
    lst, outdir = sys.argv[1], sys.argv[2]
    for i, path in enumerate(open(lst).read().split('\n')):
        if not path: continue
        import os
        if os.path.exists('%s/%d.py.txt' % (outdir, i)): continue
        try:
            r = dump_file(path)
        except RecursionError:
            r = 'SKIP'
        if r is None: r = 'SKIP'
        open('%s/%d.py.txt' % (outdir, i), 'w', errors='replace').write(r + '\n')
