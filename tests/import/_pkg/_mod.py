CONSTANT = 42
print("loading", __name__)

def helper():
    return f"helper in {__name__}"
