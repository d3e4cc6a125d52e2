#!/bin/sh
# Renders every main view of the workbench, light and dark, at 1280x800 and 1920x1080, into PNG
# files for review: tools/screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
# The window runs offscreen against an in-process broker with demo traffic.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
out=${2:-"$build/screenshots"}
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target gui_screenshots -j2
mkdir -p "$out"
QT_QPA_PLATFORM=offscreen "$build/tests/gui/screenshots/gui_screenshots" "$out"
echo "screenshots written to $out"
