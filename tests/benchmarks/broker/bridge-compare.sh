#!/usr/bin/env bash
# Messages through a bridge, ours beside Mosquitto's, with loss and duplicates next to the time:
# mosquitto_pub sends N QoS 1 messages to the bridging broker, mosquitto_sub counts them at the
# upstream (a Mosquitto). Usage: bridge-compare.sh path/to/mqtt-workbench [N]
set -euo pipefail
WB=${1:?usage: bridge-compare.sh path/to/mqtt-workbench [N]}
N=${2:-20000}
BASE=${BASE_PORT:-18840}
UP=$((BASE + 1)) MOSQ=$((BASE + 2)) OURS=$((BASE + 3))
DIR=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DIR"' EXIT
printf 'listener %s 127.0.0.1\nallow_anonymous true\nmax_queued_messages 1000000\n' $UP > "$DIR/up.conf"
printf 'listener %s 127.0.0.1\nallow_anonymous true\nmax_queued_messages 1000000\nconnection b\naddress 127.0.0.1:%s\ntopic bench/# out 1\n' \
    $MOSQ $UP > "$DIR/mosq.conf"
printf 'listeners:\n  default:\n    bind: 127.0.0.1:%s\nlimits:\n  max-queued-messages: 1000000\nbridges:\n  b:\n    address: mqtt://127.0.0.1:%s\n    topics: ["bench/# out 1"]\n' \
    $OURS $UP > "$DIR/ours.yaml"
wait_port() { for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/$1) 2>/dev/null && return; sleep 0.1; done; }
mosquitto -c "$DIR/up.conf" 2> "$DIR/up.log" & wait_port $UP
mosquitto -c "$DIR/mosq.conf" 2> "$DIR/mosq.log" & wait_port $MOSQ
"$WB" broker -c "$DIR/ours.yaml" 2> "$DIR/ours.log" & wait_port $OURS
run() { # label port
    timeout 300 mosquitto_sub -p $UP -t "bench/$1" -q 1 -C "$N" > "$DIR/$1.txt" &
    local sub=$!
    sleep 1 # the bridge state line says up; the subscriber needs its SUBACK before we start
    local start end
    start=$(date +%s.%N)
    seq 1 "$N" | mosquitto_pub -p "$2" -t "bench/$1" -q 1 -l
    wait $sub || true
    end=$(date +%s.%N)
    local got uniq
    got=$(wc -l < "$DIR/$1.txt")
    uniq=$(sort -u "$DIR/$1.txt" | wc -l)
    printf '%-10s %7d QoS 1 msgs  %8.0f msg/s  lost %d  dup %d\n' "$1" "$N" \
        "$(echo "$N / ($end - $start)" | bc -l)" $((N - uniq)) $((got - uniq))
}
run mosquitto $MOSQ
run ours $OURS
