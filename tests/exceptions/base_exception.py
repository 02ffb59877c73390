# except Exception does not catch SystemExit, KeyboardInterrupt, GeneratorExit
for exc in (SystemExit, KeyboardInterrupt, GeneratorExit, ValueError):
    try:
        try:
            raise exc
        except Exception:
            print(exc.__name__, "caught by Exception")
    except BaseException as e:
        print(exc.__name__, "caught by BaseException", type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code", e.code)
