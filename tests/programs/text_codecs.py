# run-length encoding, Caesar cipher, and base conversion written in Python
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)

def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

def caesar(s, k):
    res = []
    for ch in s:
        if "a" <= ch <= "z":
            res.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            res.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            res.append(ch)
    return "".join(res)

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for s in ("aaabccddddde", "", "x", "ééé日日"):
    e = rle_encode(s)
    print(repr(s), repr(e), rle_decode(e) == s)
msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, caesar(msg, 26) == msg, caesar("xyz", 29))
for n in (0, 255, -255, 2 ** 64, 3 ** 40):
    print([to_base(n, b) for b in (2, 8, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
