# str.encode and bytes.decode round trips
s = "héllo 日本 😀"
b = s.encode()
print(b, len(b), len(s))
print(b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b"\xe6\x97\xa5".decode("utf-8"), bytes("ab", "utf-8"))
