#!/bin/sh
# Renders every main view of the workbench, light and dark, at 1280x800 and 1920x1080, into PNG
# files for review: tools/screenshots.sh [BUILD_DIR] [OUTPUT_DIR] [LANGUAGE...]
# Without languages: English, German and Simplified Chinese (files of a language other than
# English end in -de, -zh_CN, ...). The window runs offscreen against an in-process broker with
# demo traffic.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
out=${2:-"$build/screenshots"}
[ $# -gt 2 ] && shift 2 || set -- en de zh_CN
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target gui_screenshots -j2
mkdir -p "$out"
for language in "$@"; do
    QT_QPA_PLATFORM=offscreen "$build/tests/gui/screenshots/gui_screenshots" "$out" "$language"
done
echo "screenshots written to $out"
