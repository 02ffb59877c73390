# length, indexing and slicing count code points, not bytes
s = "héllo wörld ✓ 日本語 😀"
print(len(s), len("é"), len("日本"), len("😀"), len(""))
print(s[0], s[1], s[-1], s[-2], s[12], s[14:17])
print(s[::-1])
print(s[1:5], s[-5:], s[:-3], s[::2], s[1::3], s[-1:-8:-2])
print([c for c in "aé日😀"])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
print("日本語".find("語"), "😀x😀".rfind("😀"), "aé".index("é"))
print("é" in s, "日本" in s, "xyz" in s)
print(ord("é"), ord("日"), ord("😀"), chr(233), chr(0x65e5), chr(0x1F600))
print("ÀÉÎ".lower(), "àéî".upper(), "straße".upper())
print(repr("é\n\t\\'\""), ascii("é😀"))
