# finally runs on every exit path from a function
log = []
def f(mode):
    try:
        if mode == "return":
            return "r"
        if mode == "raise":
            raise ValueError("v")
        if mode == "nested":
            try:
                raise KeyError("k")
            finally:
                log.append("inner " + mode)
    finally:
        log.append("outer " + mode)
    return "fell through"
for mode in ("return", "raise", "nested", "normal"):
    try:
        print(mode, f(mode))
    except Exception as e:
        print(mode, "raised", type(e).__name__)
print(log)
