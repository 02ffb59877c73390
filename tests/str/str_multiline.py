# string literal forms
a = """line one
line two"""
b = '''single
quoted'''
c = "implicit " "concatenation " 'works'
d = r"raw \n string \\"
e = "escapes: \x41 \101 \u00e9 \U0001F600"
f = "line \
continued"
print(a)
print(b)
print(c)
print(d, len(d))
print(e)
print(f)
print(repr("\a\b\f\v\0"), len("\0"), "\'\"")
