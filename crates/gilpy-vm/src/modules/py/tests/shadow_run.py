"""Run a script on CPython 3.11 with gilpy's threading / queue /
concurrent.futures (the .py files one directory up) in place of the
standard ones, the way the gilpy VM runs it:

    python3 -S -I tests/shadow_run.py SCRIPT [ARGS...]

-S -I keep site (and any .pth file) from importing the real threading first.
After the script ends, threading._shutdown() is called, as the VM does.
"""
import os
import sys
import importlib.util

# SWITCH_INTERVAL=1e-6 makes CPython switch threads as often as it can, to
# shake out races in our modules (test_on_cpython.sh --stress).
if os.environ.get("SWITCH_INTERVAL"):
    sys.setswitchinterval(float(os.environ["SWITCH_INTERVAL"]))

HERE = __file__.rsplit("/", 2)[0] if "/" in __file__ else "."
MODULES = [("threading", "threading.py"),
           ("queue", "queue.py"),
           ("concurrent.futures", "concurrent_futures.py")]

for name, _ in MODULES:
    if name in sys.modules:
        sys.exit("shadow_run: the standard %s was already imported; run with python3 -S -I" % name)

loaded = {}
for name, filename in MODULES:
    path = HERE + "/" + filename
    try:
        open(path).close()
    except OSError:
        continue            # not written yet
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    loaded[name] = module
    if name == "concurrent.futures":
        # `import concurrent.futures` finds us in sys.modules but would not
        # set the attribute on the package.
        import concurrent
        concurrent.futures = module

if len(sys.argv) < 2:
    sys.exit("usage: shadow_run.py SCRIPT [ARGS...]")
script = sys.argv[1]
sys.argv = sys.argv[1:]
with open(script) as f:
    source = f.read()
code = compile(source, script, "exec")
main = type(sys)("__main__")
main.__file__ = script
sys.modules["__main__"] = main
status = 0
try:
    exec(code, main.__dict__)
except SystemExit as e:
    if e.code is None:
        status = 0
    elif isinstance(e.code, int):
        status = e.code
    else:
        sys.stderr.write(str(e.code) + "\n")
        status = 1
except BaseException:
    import traceback
    traceback.print_exc()
    status = 1
finally:
    # What the VM does at the end of the main script.
    loaded["threading"]._shutdown()
sys.stdout.flush()
sys.exit(status)
