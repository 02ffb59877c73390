# string methods on non-ASCII text
s = "Ünïcödé Straße ĳ Σίσυφος"
print(s.upper())
print(s.lower())
print(s.split(), s.title(), len(s))
print(s.find("ß"), s.index("Σ"), s.count("ö"), s.replace("ö", "oe"))
print(s.startswith("Ün"), s.endswith("ος"), "ß" in s, s[8:14])
print("日本語テキスト".center(13, "・"), "ｈｅｌｌｏ".upper())
print("é" == "e\u0301", len("e\u0301"), "\u00e9".encode(), "e\u0301".encode())
print(sorted(["é", "e", "f", "É", "z"]), "aé" < "af", max("日本語"))
print("x😀y".split("😀"), "😀".join("ab"), "😀😀😀".count("😀"), "a😀b"[::-1])
