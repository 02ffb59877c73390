# return, break and continue interacting with finally
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def ret_overrides_exception():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(ret_overrides_exception())
def finally_runs_after_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(finally_runs_after_return())
def break_in_finally():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError
            out.append(i)
        finally:
            out.append("f%d" % i)
            continue
    return out
print(continue_in_finally())
def nested_finally():
    log = []
    try:
        try:
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")
print(nested_finally())
def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x[0]
    finally:
        x[0] = 2
print(return_value_evaluated_before_finally())
def loop_return_in_try():
    for i in range(3):
        try:
            if i == 1:
                return "returned at 1"
        finally:
            print("finally", i)
print(loop_return_in_try())
