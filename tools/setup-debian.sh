#!/usr/bin/env bash
# Installs every Debian 12 package MQTT Workbench needs to build, test and run. Run as root.
set -euo pipefail
packages=(
    # toolchain
    cmake ninja-build g++ clang-14 libclang-rt-14-dev clang-format clang-tidy pkg-config
    # Qt 6 (Core, Network, WebSockets, Widgets, Sql + SQLite driver, Test, Linguist)
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    # libraries
    libyaml-cpp-dev libprotobuf-dev libprotoc-dev protobuf-compiler libmsgpack-cxx-dev
    qtkeychain-qt6-dev libqt6svg6
    # packaging and API reference: cpack -G DEB (dpkg-shlibdeps, file), man page, Doxygen
    dpkg-dev file help2man doxygen
    # real peers and tools used by the tests
    mosquitto mosquitto-clients python3-paho-mqtt openssl xvfb xauth fonts-noto-cjk
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# The tests start their own mosquitto on free ports; the packaged service is not needed.
systemctl disable --now mosquitto >/dev/null 2>&1 || true
