# __name__ is "__main__" for the script, the module name for imports.
import _helper
print(__name__, _helper.__name__)
if __name__ == "__main__":
    print("running as a script")
