#!/usr/bin/env python3
"""Regenerate (or, with --check, verify) the expected output of the corpus.

For every test tests/<topic>/<name>.py (names starting with "_" are support
modules, not tests) this runs `python3 -u <topic>/<name>.py` with tests/ as
the working directory, stdout and stderr into one pipe, and writes the output
to tests/<topic>/<name>.py.exp, with the absolute path of tests/ removed
from it (CPython prints the script's path made absolute; the corpus expects
"<topic>/<name>.py", relative to tests/).  A non-zero exit status N appends a last line
"[exit N]".  Tests under tests/pyrite/ have hand-written .exp files and are
never touched.  A script that needs a newer CPython says so in a comment line
"# cpython: 3.12" (a reason may follow) among its first lines, and runs with `python3.12` from PATH
(the corpus follows 3.12 where 3.11 and 3.12 differ, e.g. hashable slices).

    python3 tests/gen_expected.py                 # regenerate every .exp
    python3 tests/gen_expected.py --check         # report differences, exit 1
    python3 tests/gen_expected.py str/split.py    # only these tests

Standard library only.
"""

import concurrent.futures
import functools
import glob
import os
import shutil
import subprocess
import sys

if sys.version_info < (3, 11):
    sys.exit("gen_expected.py needs CPython 3.11 or newer (found %d.%d)"
             % sys.version_info[:2])

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
HAND_WRITTEN = {"pyrite"}  # topics whose .exp files are written by hand
TIMEOUT = 30  # seconds per script
MARKER = "# cpython: "  # a script's wanted CPython version, e.g. "# cpython: 3.12"
MARKER_LINES = 5  # how many first lines may hold the marker


def interpreter_for(rel):
    """The CPython to run `rel` with: this one unless its marker asks for
    another version (see find_interpreter)."""
    with open(os.path.join(TESTS_DIR, rel), encoding="utf-8") as f:
        head = [f.readline() for _ in range(MARKER_LINES)]
    for line in head:
        if line.startswith(MARKER):
            return find_interpreter(line[len(MARKER):].split()[0])
    return sys.executable


@functools.lru_cache(maxsize=None)
def find_interpreter(version):
    """python<version> from PATH, else from a pyenv installation (whose
    PATH shim fails unless that version is selected), checked by running it."""
    if version == "%d.%d" % sys.version_info[:2]:
        return sys.executable
    candidates = [shutil.which("python" + version)]
    pyenv_root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    pattern = os.path.join(pyenv_root, "versions", version + ".*", "bin", "python" + version)
    candidates += sorted(glob.glob(pattern), reverse=True)
    probe = "import sys; print('%d.%d' % sys.version_info[:2])"
    for candidate in candidates:
        if candidate is None:
            continue
        try:
            proc = subprocess.run([candidate, "-c", probe], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, timeout=TIMEOUT)
        except OSError:
            continue
        if proc.returncode == 0 and proc.stdout.decode().strip() == version:
            return candidate
    sys.exit("a corpus script needs CPython %s: python%s is not on PATH" % (version, version))


def find_tests():
    out = []
    for topic in sorted(os.listdir(TESTS_DIR)):
        topic_dir = os.path.join(TESTS_DIR, topic)
        if topic in HAND_WRITTEN or topic.startswith((".", "_")):
            continue
        if not os.path.isdir(topic_dir):
            continue
        for name in sorted(os.listdir(topic_dir)):
            if name.endswith(".py") and not name.startswith("_"):
                out.append(topic + "/" + name)
    return out


def run_cpython(rel):
    env = dict(os.environ)
    for var in list(env):
        if var.startswith("PYTHON"):
            del env[var]
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    try:
        proc = subprocess.run(
            [interpreter_for(rel), "-u", rel],
            cwd=TESTS_DIR,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None
    # CPython 3.9+ makes the __main__ script's path absolute; tracebacks in
    # the corpus name scripts relative to tests/, as Pyrite prints them.
    out = proc.stdout
    for prefix in {TESTS_DIR, os.path.realpath(TESTS_DIR)}:
        out = out.replace((prefix + os.sep).encode(), b"")
    if proc.returncode != 0:
        if out and not out.endswith(b"\n"):
            out += b"\n"
        out += b"[exit %d]\n" % proc.returncode
    return out


def main(argv):
    check = "--check" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    if wanted:
        tests = []
        for a in wanted:
            a = os.path.relpath(os.path.abspath(a), TESTS_DIR) if os.path.exists(a) else a
            a = a.replace(os.sep, "/")
            if a.split("/")[0] in HAND_WRITTEN:
                print("skipping hand-written", a)
                continue
            if not os.path.isfile(os.path.join(TESTS_DIR, a)) or not a.endswith(".py") \
                    or os.path.basename(a).startswith("_"):
                print("not a test:", a)
                return 2
            tests.append(a)
    else:
        tests = find_tests()
    failures = 0
    written = 0
    # scripts are independent: run them in parallel, report in order
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        outputs = list(pool.map(run_cpython, tests))
    for rel, out in zip(tests, outputs):
        exp_path = os.path.join(TESTS_DIR, rel + ".exp")
        if out is None:
            print("TIMEOUT", rel)
            failures += 1
            continue
        try:
            with open(exp_path, "rb") as f:
                old = f.read()
        except FileNotFoundError:
            old = None
        if check:
            if old != out:
                print("DIFFERS" if old is not None else "MISSING", rel)
                failures += 1
        elif old != out:
            with open(exp_path, "wb") as f:
                f.write(out)
            written += 1
    if check and not wanted:
        # an .exp whose script is gone is stale
        for topic in sorted(os.listdir(TESTS_DIR)):
            topic_dir = os.path.join(TESTS_DIR, topic)
            if topic in HAND_WRITTEN or not os.path.isdir(topic_dir):
                continue
            for name in sorted(os.listdir(topic_dir)):
                if name.endswith(".py.exp") and not os.path.isfile(os.path.join(topic_dir, name[:-4])):
                    print("ORPHAN", topic + "/" + name)
                    failures += 1
    if check:
        print("%d tests checked, %d differ" % (len(tests), failures))
    else:
        print("%d tests, %d .exp written, %d timed out" % (len(tests), written, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
