# a small tokenizer and recursive-descent calculator
class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return "%s:%r" % (self.kind, self.value)

class CalcError(Exception):
    pass

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            s = text[i:j]
            tokens.append(Token("num", float(s) if "." in s else int(s)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(Token("name", text[i:j]))
            i = j
        elif c in "+-*/%^()=":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise CalcError("bad character %r at %d" % (c, i))
    tokens.append(Token("end", None))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self, value=None):
        tok = self.tokens[self.pos]
        if value is not None and tok.value != value:
            raise CalcError("expected %r, got %r" % (value, tok.value))
        self.pos += 1
        return tok
    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.pos + 1].value == "=":
            name = self.take().value
            self.take("=")
            v = self.expr()
            self.env[name] = v
            return v
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            r = self.factor()
            if op != "*" and r == 0:
                raise CalcError("division by zero")
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if tok.value not in self.env:
                raise CalcError("unknown variable " + tok.value)
            return self.env[tok.value]
        if tok.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError("unexpected %r" % (tok.value,))

def run(line, env):
    try:
        p = Parser(tokenize(line), env)
        v = p.statement()
        if p.peek().kind != "end":
            raise CalcError("trailing input")
        return v
    except CalcError as e:
        return "error: " + str(e)

print(tokenize("x = 3 * (4 + 2.5)"))
env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4",
             "x = 7", "y = x * 2 - 1", "x * y", "2 ^ 100", "1 / 0", "3 +", "z + 1",
             "(1 + 2", "4 $ 4", "1 2", "--5", "0.5 * 8"]:
    print(repr(line), "=>", run(line, env))
print(sorted(env.items()))
