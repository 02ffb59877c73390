# Reads of locals that may be unbound on some path raise UnboundLocalError
# exactly where CPython raises it; reads bound on every path never do.


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except NameError as e:
        print(label, type(e).__name__, e)


def one_branch(flag):
    if flag:
        v = 1
    return v


def both_branches(flag):
    if flag:
        v = 1
    else:
        v = 2
    return v


def loop_body_only(items):
    for item in items:
        last = item
    return last


def loop_variable_after(items):
    for item in items:
        pass
    return item


def read_before_assign_in_loop(n):
    out = []
    for i in range(n):
        if i > 0:
            out.append(prev)
        prev = i
    return out


def read_first_then_assign(n):
    out = []
    for i in range(n):
        out.append(prev)
        prev = i
    return out


def after_del(flag):
    v = 1
    if flag:
        del v
    return v


def param_deleted(x):
    del x
    return x


def delete_twice():
    v = 1
    del v
    del v


def after_except_as():
    try:
        raise ValueError("boom")
    except ValueError as e:
        pass
    return e


def except_as_in_loop(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                raise KeyError(i)
        except KeyError as e:
            out.append(repr(e))
    return out


def assigned_in_try(fail):
    try:
        if fail:
            raise RuntimeError
        v = "set"
    except RuntimeError:
        pass
    return v


def read_in_handler():
    try:
        int("x")
        v = 1
    except ValueError:
        return v


def read_in_finally(fail):
    try:
        if fail:
            raise OSError("io")
        v = "done"
    finally:
        print("  finally sees", v)
    return v


def finally_assigns():
    try:
        pass
    finally:
        v = 5
    return v


def while_else(n):
    while n > 0:
        n -= 1
        seen = n
    else:
        return seen


def while_else_break(n):
    while n > 0:
        found = n
        break
    else:
        found = None
    return found


def while_true_break():
    while True:
        v = 3
        break
    return v


def for_else(items):
    for x in items:
        if x < 0:
            neg = x
            break
    else:
        return "no negative"
    return neg


def in_match(value):
    match value:
        case [first, *_]:
            pass
        case {"k": first}:
            pass
        case int():
            pass
    return first


def in_match_all_cases(value):
    match value:
        case 0:
            name = "zero"
        case _:
            name = "other"
    return name


def cell_read_early():
    def inner():
        return captured
    try:
        return inner()
    finally:
        captured = 1


def cell_read_late():
    def inner():
        return captured
    captured = "late"
    return inner()


def cell_deleted():
    captured = 1
    def inner():
        return captured
    del captured
    return inner()


def comprehension_reads_later_local():
    values = [later for _ in range(2)]
    later = 1
    return values


def comprehension_own_variable():
    return [y * 2 for y in range(3)]


def aug_assign_unbound():
    total += 1
    return total


def walrus_in_condition(items):
    if items and (head := items[0]) > 0:
        return head
    return head


def with_statement(fail):
    class Manager:
        def __enter__(self):
            if fail:
                raise LookupError("enter")
            return "entered"

        def __exit__(self, *exc):
            return False

    try:
        with Manager() as m:
            pass
    except LookupError:
        pass
    return m


def nested_loops(rows):
    for row in rows:
        for cell in row:
            inner = cell
    return inner


def unpacking(pair):
    if pair:
        a, b = pair
    return a + b


attempt("one_branch True", one_branch, True)
attempt("one_branch False", one_branch, False)
attempt("both_branches", both_branches, False)
attempt("loop_body_only [4]", loop_body_only, [4])
attempt("loop_body_only []", loop_body_only, [])
attempt("loop_variable_after []", loop_variable_after, [])
attempt("loop_variable_after 'ab'", loop_variable_after, "ab")
attempt("read_before_assign_in_loop", read_before_assign_in_loop, 4)
attempt("read_first_then_assign", read_first_then_assign, 3)
attempt("after_del False", after_del, False)
attempt("after_del True", after_del, True)
attempt("param_deleted", param_deleted, 1)
attempt("delete_twice", delete_twice)
attempt("after_except_as", after_except_as)
attempt("except_as_in_loop", except_as_in_loop, 4)
attempt("assigned_in_try False", assigned_in_try, False)
attempt("assigned_in_try True", assigned_in_try, True)
attempt("read_in_handler", read_in_handler)
attempt("read_in_finally False", read_in_finally, False)
attempt("read_in_finally True", read_in_finally, True)
attempt("finally_assigns", finally_assigns)
attempt("while_else 2", while_else, 2)
attempt("while_else 0", while_else, 0)
attempt("while_else_break 3", while_else_break, 3)
attempt("while_else_break 0", while_else_break, 0)
attempt("while_true_break", while_true_break)
attempt("for_else", for_else, [1, -2])
attempt("for_else positive", for_else, [1, 2])
attempt("in_match list", in_match, [7, 8])
attempt("in_match dict", in_match, {"k": 9})
attempt("in_match int", in_match, 5)
attempt("in_match_all_cases", in_match_all_cases, 0)
attempt("cell_read_early", cell_read_early)
attempt("cell_read_late", cell_read_late)
attempt("cell_deleted", cell_deleted)
attempt("comprehension_reads_later_local", comprehension_reads_later_local)
attempt("comprehension_own_variable", comprehension_own_variable)
attempt("aug_assign_unbound", aug_assign_unbound)
attempt("walrus_in_condition [3]", walrus_in_condition, [3])
attempt("walrus_in_condition [-3]", walrus_in_condition, [-3])
attempt("walrus_in_condition []", walrus_in_condition, [])
attempt("with_statement False", with_statement, False)
attempt("with_statement True", with_statement, True)
attempt("nested_loops", nested_loops, [[1, 2], [3]])
attempt("nested_loops empty rows", nested_loops, [[], []])
attempt("unpacking (1, 2)", unpacking, (1, 2))
attempt("unpacking ()", unpacking, ())
