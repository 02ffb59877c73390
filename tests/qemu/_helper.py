# Imported by import_helper.py: found next to the script through semihosting.
GREETING = "hello from a module"


def double(x):
    return 2 * x
