# The Python-level part of `re` (see lib.rs): Pattern and Match objects,
# templates for sub(), split/findall/finditer over the native `_exec`,
# flags and re.error.


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            if pattern is not None and newline in pattern:
                self.lineno = pattern.count(newline, 0, pos) + 1
                self.colno = pos - pattern.rfind(newline, 0, pos)
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


_FLAG_NAMES = (
    (256, "ASCII"),
    (2, "IGNORECASE"),
    (4, "LOCALE"),
    (32, "UNICODE"),
    (8, "MULTILINE"),
    (16, "DOTALL"),
    (64, "VERBOSE"),
    (1, "TEMPLATE"),
    (128, "DEBUG"),
)


def _flag_text(value):
    names = ["re." + name for bit, name in _FLAG_NAMES if value & bit]
    rest = value & ~sum(bit for bit, name in _FLAG_NAMES)
    if rest:
        names.append(hex(rest))
    return "|".join(names) if names else "re.RegexFlag(0)"


class RegexFlag(int):
    def __repr__(self):
        return _flag_text(int(self))

    __str__ = __repr__

    def __or__(self, other):
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
NOFLAG = RegexFlag(0)

_MATCH, _SEARCH, _FULLMATCH, _ALL = 0, 1, 2, 3


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group(self, group, default=None):
        i = 2 * self._index(group)
        start = self._spans[i]
        if start < 0:
            return default
        return self.string[start : self._spans[i + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, group):
        return self._group(group)

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(name, default) for name in self.re.groupindex}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = 2 * self._index(group)
        return (self._spans[i], self._spans[i + 1])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the latest end, the outer of nested
        # groups ending together.
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            end = self._spans[2 * g + 1]
            if self._spans[2 * g] >= 0 and end > best_end:
                best, best_end = g, end
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        for name, number in self.re.groupindex.items():
            if number == index:
                return name
        return None

    def expand(self, template):
        return _expand(self.re, template, self)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __bool__(self):
        return True


def _check_subject(pattern, string):
    if isinstance(pattern._pattern, str):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    elif isinstance(string, str):
        raise TypeError("cannot use a bytes pattern on a string-like object")
    elif not isinstance(string, (bytes, bytearray, memoryview)):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _parse_template(pattern, template):
    # A list of pieces: text, or a group number to insert.
    is_str = isinstance(template, str)
    if is_str:
        chars = template
    else:
        chars = template.decode("latin-1")
    pieces = []
    text = []
    i = 0
    n = len(chars)
    simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}
    while i < n:
        c = chars[i]
        if c != "\\":
            text.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, start)
        c = chars[i]
        i += 1
        if c == "g":
            if i >= n or chars[i] != "<":
                raise error("missing <", template, i)
            close = chars.find(">", i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error("missing group name", template, i + 1)
                raise error("missing >, unterminated name", template, i + 1)
            name = chars[i + 1 : close]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, template, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = close + 1
        elif c in "0123456789":
            digits = c
            if c == "0":
                while i < n and len(digits) < 3 and chars[i] in "01234567":
                    digits += chars[i]
                    i += 1
                text.append(chr(int(digits, 8)))
                continue
            if i < n and chars[i] in "0123456789":
                digits += chars[i]
                i += 1
                if (
                    i < n
                    and chars[i] in "01234567"
                    and digits[0] in "01234567"
                    and digits[1] in "01234567"
                ):
                    value = int(digits + chars[i], 8)
                    i += 1
                    if value > 0o377:
                        raise error(
                            "octal escape value \\%s outside of range 0-0o377" % chars[start + 1 : i],
                            template,
                            start,
                        )
                    text.append(chr(value))
                    continue
            index = int(digits)
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, template, start + 1)
        elif c in simple:
            text.append(simple[c])
            continue
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, start)
        else:
            text.append("\\" + c)
            continue
        if text:
            pieces.append("".join(text))
            text = []
        pieces.append(index)
    if text:
        pieces.append("".join(text))
    if not is_str:
        pieces = [p.encode("latin-1") if isinstance(p, str) else p for p in pieces]
    return pieces


def _expand(pattern, template, match):
    empty = "" if isinstance(template, str) else b""
    out = []
    for piece in _parse_template(pattern, template):
        if isinstance(piece, int):
            value = match.group(piece)
            if value is not None:
                out.append(value)
        else:
            out.append(piece)
    return empty.join(out)


class Pattern:
    def __init__(self, pattern, flags):
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            pattern, flags = pattern._pattern, pattern.flags
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        flags = int(flags)
        if isinstance(pattern, str):
            if flags & 256 == 0:
                flags |= 32
        elif flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        result = _compile(pattern, flags)
        if len(result) == 2:
            raise error(result[0], pattern, result[1])
        self._pattern = pattern
        self.groups = result[0]
        self.groupindex = dict(result[1])
        self.flags = result[2]
        if isinstance(pattern, str) and self.flags & 256 == 0:
            self.flags |= 32

    @property
    def pattern(self):
        return self._pattern

    def _exec(self, string, pos, endpos, mode):
        _check_subject(self, string)
        if endpos is None:
            endpos = len(string)
        spans = _exec(self._pattern, self.flags, string, pos, endpos, mode, 0)
        if spans is None:
            return None
        return Match(self, string, max(0, min(pos, len(string))), max(0, min(endpos, len(string))), spans)

    def match(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, _MATCH)

    def search(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, _SEARCH)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._exec(string, pos, endpos, _FULLMATCH)

    def _all(self, string, pos=0, endpos=None, count=0):
        _check_subject(self, string)
        n = len(string)
        if endpos is None:
            endpos = n
        found = _exec(self._pattern, self.flags, string, pos, endpos, _ALL, count)
        pos = max(0, min(pos, n))
        endpos = max(0, min(endpos, n))
        return [Match(self, string, pos, endpos, spans) for spans in found]

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._all(string, pos, endpos))

    def findall(self, string, pos=0, endpos=None):
        result = []
        empty = string[:0]
        for m in self._all(string, pos, endpos):
            if self.groups == 0:
                result.append(m.group())
            elif self.groups == 1:
                result.append(m._group(1, empty))
            else:
                result.append(m.groups(empty))
        return result

    def subn(self, repl, string, count=0):
        if not callable(repl):
            pieces = _parse_template(self, repl)
            if all(not isinstance(p, int) for p in pieces):
                text = string[:0].join(pieces) if pieces else string[:0]
                repl = lambda m: text
            else:
                template = repl
                repl = lambda m: _expand(self, template, m)
        out = []
        last = 0
        matches = self._all(string, 0, None, count)
        for m in matches:
            start, end = m.span()
            out.append(string[last:start])
            piece = repl(m)
            if piece is not None:
                out.append(piece)
            last = end
        out.append(string[last:])
        return string[:0].join(out), len(matches)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        if maxsplit < 0:
            return [string]
        for m in self._all(string, 0, None, maxsplit):
            start, end = m.span()
            out.append(string[last:start])
            out.extend(m.groups())
            last = end
        out.append(string[last:])
        return out

    def __repr__(self):
        flags = self.flags
        if isinstance(self._pattern, str):
            flags &= ~32
        if flags:
            return "re.compile(%r, %s)" % (self._pattern, _flag_text(flags))
        return "re.compile(%r)" % (self._pattern,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._pattern == other._pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self._pattern, self.flags))


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, int(flags))
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= 64:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    special = _SPECIAL.encode()
    out = bytearray()
    for b in pattern:
        if b in special:
            out.append(92)
        out.append(b)
    return bytes(out)
