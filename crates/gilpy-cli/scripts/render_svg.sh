#!/usr/bin/env bash
# Renders an SVG written by `gilpy run --trace FILE.svg` (or `gilpy bench --plot`) in
# headless Chromium and saves a PNG screenshot, to check that a real browser draws it.
#   crates/gilpy-cli/scripts/render_svg.sh docs/counter-trace.svg /tmp/counter-trace.png
# Needs Debian's chromium (apt-get install chromium); not run by CI.
set -euo pipefail
svg=$(realpath "$1")
png=${2:-${svg%.svg}.png}
size=$(sed -n 's/.*<svg[^>]*width="\([0-9]*\)"[^>]*height="\([0-9]*\)".*/\1,\2/p' "$svg" | head -1)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size="${size:-1100,400}" \
  --screenshot="$png" "file://$svg" >/dev/null 2>&1
[ -s "$png" ] || { echo "no screenshot written" >&2; exit 1; }
echo "$png"
