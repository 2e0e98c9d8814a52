#!/bin/sh
# Copies every example and test script into the fuzz corpora (not committed: they are
# regenerated from the sources). Run from anywhere; corpus/ is gitignored.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
for target in compile run; do
    mkdir -p "$here/corpus/$target"
    for f in "$root"/examples/*.py "$root"/crates/gilpy/tests/scripts/*.py \
        /work/shared/conformance/*.py /work/shared/bench/*.py; do
        [ -f "$f" ] || continue
        # Name by content hash, as libFuzzer does, so re-running adds no duplicates.
        cp "$f" "$here/corpus/$target/$(sha1sum "$f" | cut -c1-40)"
    done
done
ls "$here/corpus/compile" | wc -l
