#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (as root), builds MQTT Workbench and launches it with the
# embedded local broker started (mqtt://localhost:1883), ready to connect to.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ]; then bash tools/setup-debian.sh; fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_TESTS=OFF
cmake --build build --parallel "$(nproc)"
# Without a display (a server, a container) the window opens on a virtual one.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    exec xvfb-run -a build/app/mqtt-workbench --local-broker "$@"
fi
exec build/app/mqtt-workbench --local-broker "$@"
