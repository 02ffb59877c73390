# Support module for caches/global_from_other_module.py.
counter = 1


def read_counter():
    return counter


def read_len(x):
    return len(x)


def bump():
    global counter
    counter += 1
