#!/usr/bin/env bash
# Builds the Debian package of the application from a configured and built tree (cpack -G DEB),
# installs it (as root; apt brings what it depends on), checks that `mqtt-workbench --version`
# runs and that `mqtt-workbench broker` accepts connections, then removes the package again.
# Usage: tools/check-deb.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(cd "${1:-build}" && pwd)
rm -f "$build"/mqtt-workbench_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/mqtt-workbench_*.deb)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

export DEBIAN_FRONTEND=noninteractive
dpkg -i "$deb" || apt-get install -f -y -q --no-install-recommends
trap 'dpkg -r mqtt-workbench >/dev/null || true' EXIT
dpkg -s mqtt-workbench | grep -E '^(Status|Version|Depends):'

test "$(command -v mqtt-workbench)" = /usr/bin/mqtt-workbench
mqtt-workbench --version
mqtt-workbench --version | grep -q "^mqtt-workbench [0-9]"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
mqtt-workbench broker -p "$port" >"$log" 2>&1 &
pid=$!
listening='' published=''
for _ in $(seq 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then listening=1; break; fi
    sleep 0.1
done
# A real client round trip, not just an open port.
if [ -n "$listening" ] && mosquitto_pub -h 127.0.0.1 -p "$port" -t deb/check -m ok -q 1; then
    published=1
fi
kill "$pid"
wait "$pid" || true
if [ -z "$listening" ] || [ -z "$published" ]; then
    echo "mqtt-workbench broker -p $port: listening=${listening:-no} published=${published:-no}"
    cat "$log"
    exit 1
fi
echo "mqtt-workbench broker listened on port $port and took a QoS 1 message"
