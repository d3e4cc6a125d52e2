#!/usr/bin/env bash
# Fails when a translation in translations/*.ts is missing or out of date: lupdate is run over
# the GUI and CLI sources on a copy of every .ts file, and any unfinished, vanished or obsolete entry
# (a new string nobody translated, or a translation whose source string is gone) is an error.
# Usage: tools/check-translations.sh [path/to/lupdate]
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${1:-${LUPDATE:-}}
if [ -z "$LUPDATE" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then LUPDATE=$candidate; break; fi
    done
fi
[ -n "$LUPDATE" ] || { echo "check-translations: lupdate not found" >&2; exit 2; }

shopt -s nullglob
files=(translations/*.ts)
[ ${#files[@]} -gt 0 ] || { echo "check-translations: no translations/*.ts" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ts in "${files[@]}"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$LUPDATE" -silent -locations none -I app app/gui app/cli app/schema app/main.cpp -ts "$copy" >/dev/null 2>&1
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    stale=$(grep -cE 'type="(vanished|obsolete)"' "$copy" || true)
    if [ "$unfinished" != 0 ] || [ "$stale" != 0 ]; then
        echo "$ts: $unfinished unfinished, $stale obsolete entries" >&2
        grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' | sed 's/^ */    /' | head -20 >&2
        status=1
    fi
done
if [ $status = 0 ]; then
    echo "check-translations: ${#files[@]} languages complete"
else
    echo "check-translations: run the update_translations target and translate the entries above" >&2
fi
exit $status
