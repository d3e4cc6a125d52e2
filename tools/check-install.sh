#!/usr/bin/env bash
# Checks what a third party gets from `cmake --install`: installs a configured and built tree
# to a temporary prefix, builds examples/embedded-broker against the installed CMake package
# (not the build tree) and runs its test, then builds the same program with pkg-config.
# Usage: tools/check-install.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null
echo "installed to $prefix:"
(cd "$prefix" && find . -path ./include -prune -o \( -type f -o -type l \) -print | grep -v share/ | sort)
ls "$prefix"/include/mqttcore/client.h "$prefix"/include/broker/broker.h

# CMake: find_package(MqttWorkbench COMPONENTS Core Broker) from the prefix only.
cmake -S examples/embedded-broker -B "$work/example" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
cmake --build "$work/example"
ctest --test-dir "$work/example" --output-on-failure

# pkg-config, as a build system without CMake would use it.
pcdir=$(dirname "$(find "$prefix" -name mqttworkbench-core.pc)")
libdir=$(dirname "$pcdir")
flags=$(PKG_CONFIG_PATH=$pcdir pkg-config --cflags --libs mqttworkbench-core mqttworkbench-broker)
echo "pkg-config: $flags"
# shellcheck disable=SC2086 # the flags are words
${CXX:-c++} -std=c++20 -fPIC examples/embedded-broker/main.cpp -o "$work/example-pc" $flags \
    -Wl,-rpath,"$libdir"
"$work/example-pc"
