#!/usr/bin/env bash
# Tests gilpy's Python-written threading / queue / concurrent.futures on
# CPython 3.11, with these files shadowing the standard modules
# (tests/shadow_run.py does the shadowing and calls threading._shutdown()
# at the end, as the VM does).
#
# 0. tests/check_subset.py: no construct gilpy cannot run.
# 1. The threaded conformance scripts: stdout must equal NAME.out, and the
#    last stderr line NAME.stderr_tail when there is one.
# 2. tests/test_*.py: each must exit 0 with the shadowing modules, and print
#    exactly what it prints with CPython's own modules (so names, reprs and
#    error messages match CPython's).
#
# Usage: crates/gilpy-vm/src/modules/py/test_on_cpython.sh [-v] [CONFORMANCE_DIR]
# Env: PYTHON (default python3), TEST_TIMEOUT seconds per script (default 60),
#      SWITCH_INTERVAL (e.g. 1e-6: sys.setswitchinterval for our runs, to
#      shake out races in the modules).
set -u
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
conf=${1:-}
if [ -z "$conf" ]; then
  for d in "$root/../../shared/conformance" "/work/shared/conformance" "$root/shared/conformance"; do
    if [ -d "$d" ]; then conf=$d; break; fi
  done
fi
py=${PYTHON:-python3}
limit=${TEST_TIMEOUT:-60}
run_shadow() { timeout "$limit" "$py" -S -I "$here/tests/shadow_run.py" "$@"; }
run_stdlib() { timeout "$limit" "$py" -S -I "$@"; }

"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' 2>/dev/null ||
  echo "warning: $py is not CPython 3.11; expected outputs were recorded with 3.11"

pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# 0. The modules must stay inside gilpy's language subset.
if "$py" "$here/tests/check_subset.py" "$here/threading.py" "$here/queue.py" \
        "$here/concurrent_futures.py" >"$tmp/subset" 2>&1; then
  pass=$((pass+1)); [ $verbose = 1 ] && echo "ok   subset check"
else
  fail=$((fail+1)); echo "FAIL subset check:"; cat "$tmp/subset"
fi
report() {  # name, why
  if [ -z "$2" ]; then pass=$((pass+1)); [ $verbose = 1 ] && echo "ok   $1"
  else fail=$((fail+1)); echo "FAIL $1: $2"
    if [ $verbose = 1 ]; then
      [ -f "$tmp/want" ] && diff "$tmp/want" "$tmp/out" | head -20
      tail -n 5 "$tmp/err"
    fi
  fi
  return 0
}

if [ -n "$conf" ] && [ -d "$conf" ]; then
  for name in thread_exception thread_lock_counter thread_queue thread_results \
              thread_subclass producer_consumer sleep_io sync_primitives; do
    base="$conf/$name"
    rm -f "$tmp/want"; cp "$base.out" "$tmp/want"
    run_shadow "$base.py" >"$tmp/out" 2>"$tmp/err" </dev/null
    code=$?
    why=""
    if [ $code = 124 ]; then why="timed out after ${limit}s"
    elif [ $code != 0 ]; then why="exit status $code"
    elif ! cmp -s "$tmp/out" "$base.out"; then why="stdout differs"
    elif [ -f "$base.stderr_tail" ] && [ "$(tail -n1 "$tmp/err")" != "$(cat "$base.stderr_tail")" ]; then
      why="last stderr line '$(tail -n1 "$tmp/err")', expected '$(cat "$base.stderr_tail")'"
    fi
    report "conformance/$name" "$why"
  done
else
  echo "warning: conformance directory not found; pass it as an argument"
fi

shopt -s nullglob
for test in "$here"/tests/test_*.py; do
  name=$(basename "$test" .py)
  run_stdlib "$test" >"$tmp/want" 2>"$tmp/want_err" </dev/null
  want_code=$?
  run_shadow "$test" >"$tmp/out" 2>"$tmp/err" </dev/null
  code=$?
  why=""
  if [ $code = 124 ]; then why="timed out after ${limit}s"
  elif [ $code != 0 ]; then why="exit status $code"
  elif [ $want_code != 0 ]; then why="fails on CPython's own modules too (status $want_code): $(tail -n1 "$tmp/want_err")"
  elif ! cmp -s "$tmp/out" "$tmp/want"; then why="stdout differs from CPython's own modules"
  fi
  report "tests/$name" "$why"
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
