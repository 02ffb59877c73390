# order of try / except / else / finally
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        log.append("after raise")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs")
except KeyError as e:
    print("outer caught", repr(e))
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
