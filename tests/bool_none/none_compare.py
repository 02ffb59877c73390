# None only compares equal to itself
print(None == None, None != None, None == 0, None == "", None == [], None is None)
for other in (None, 0, "a"):
    try:
        print(None < other)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([None]), [None, 1].count(None), None in {None: 1}, {None} == {None})
print(max([None], key=lambda v: 0), str(None), repr(None), f"{None}", "%s" % None)
