#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (as root), builds MQTT Workbench and runs the whole test suite.
# Usage: bash tools/test.sh [build-dir]          (extra cmake options in $CMAKE_OPTIONS)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [ "$(id -u)" = 0 ]; then bash tools/setup-debian.sh; fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} ${CMAKE_OPTIONS:-}
cmake --build "$build" --parallel "$(nproc)"
export CI=${CI:-1}
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --label-exclude benchmark ${CTEST_OPTIONS:-}
