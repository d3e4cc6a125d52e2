#!/usr/bin/env bash
# Runs every `mqtt-workbench bench` scenario against our broker (`mqtt-workbench broker`) and
# Mosquitto in the same run, each started here on a free port, and prints the results side by
# side. Every rate comes with its loss: each scenario line has lost= and dup= beside its rates.
# Builds nothing.
#
#   compare-mosquitto.sh [--full | --tiny] [--only-ours] [--check] PATH/TO/mqtt-workbench
#
#   --full       issue 11's full sizes (1M retained, longer floods and latency run)
#   --tiny       a few seconds per scenario (the ctest; our broker's slow-consumer timeout 2 s)
#   --only-ours  skip Mosquitto
#   --check      exit 1 unless our broker lost and duplicated nothing in every scenario
# MOSQUITTO (default /usr/sbin/mosquitto) names Mosquitto's binary.
set -u

size=moderate
only_ours=0
check=0
bin=
for arg in "$@"; do
    case "$arg" in
    --full) size=full ;;
    --tiny) size=tiny ;;
    --only-ours) only_ours=1 ;;
    --check) check=1 ;;
    -h | --help)
        sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "compare-mosquitto.sh: unknown option $arg" >&2
        exit 2
        ;;
    *) bin=$arg ;;
    esac
done
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    echo "usage: compare-mosquitto.sh [--full|--tiny] [--only-ours] [--check] PATH/TO/mqtt-workbench" >&2
    exit 2
fi
mosquitto=${MOSQUITTO:-/usr/sbin/mosquitto}
if [ "$only_ours" = 0 ] && [ ! -x "$mosquitto" ]; then
    echo "compare-mosquitto.sh: no Mosquitto at $mosquitto (set MOSQUITTO or use --only-ours)" >&2
    exit 2
fi

# 10,000 idle connections need as many descriptors in the bench and in each broker.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# Scenario sizes: name, then the bench arguments.
case "$size" in
tiny)
    publish=(-c 2 -C 2000)
    pubsub=(-c 2 -C 2000 --idle-timeout 2)
    retained=(-C 2000 --filter sensor/1/+ --idle-timeout 2)
    flood=(--duration 1 --idle-timeout 2)
    fanin=(--publishers 4 -s 16384 --duration 1 --idle-timeout 2)
    noack=(--duration 3 --idle-timeout 2) # beyond our broker's slow-consumer timeout, 2 s here
    large=(-C 10 --idle-timeout 3)
    idle=(-c 200)
    latency=(--duration 1 -r 1000 --idle-timeout 2)
    ;;
moderate)
    publish=(-c 4 -C 100000)
    pubsub=(-c 4 -C 50000 --idle-timeout 3)
    retained=(-C 100000 --idle-timeout 3)
    flood=(--duration 5 --idle-timeout 3)
    fanin=(--publishers 4 -s 16384 --duration 5 --idle-timeout 3)
    noack=(--duration 15 --idle-timeout 3)
    large=(-C 200 --idle-timeout 5)
    idle=(-c 10000)
    latency=(--duration 10 --idle-timeout 3)
    ;;
full)
    publish=(-c 8 -C 200000)
    pubsub=(-c 8 -C 100000 --idle-timeout 5)
    retained=(-C 1000000 --idle-timeout 5)
    flood=(--duration 10 --idle-timeout 5)
    fanin=(--publishers 8 -s 16384 --duration 10 --idle-timeout 5)
    noack=(--duration 30 --idle-timeout 5)
    large=(-C 200 --idle-timeout 5)
    idle=(-c 10000)
    latency=(--duration 30 --idle-timeout 5)
    ;;
esac

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null
    done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_port() {
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

labels=(ours)
ports=()
brokers=()
port=$(free_port)
if [ "$size" = tiny ]; then
    # A short slow-consumer timeout so that noack passes the stall in a few seconds.
    printf 'listeners:\n  bench:\n    bind: 127.0.0.1:%s\nlimits:\n  slow-consumer-timeout: 2\n' \
        "$port" >"$work/ours.yaml"
    "$bin" broker -c "$work/ours.yaml" >"$work/ours.log" 2>&1 &
else
    "$bin" broker --bind 127.0.0.1 -p "$port" >"$work/ours.log" 2>&1 &
fi
pids+=($!)
brokers+=($!)
ports+=("$port")
wait_for_port "$port" || { echo "our broker did not start:" >&2; cat "$work/ours.log" >&2; exit 1; }
if [ "$only_ours" = 0 ]; then
    port=$(free_port)
    printf 'listener %s 127.0.0.1\nallow_anonymous true\n' "$port" >"$work/mosquitto.conf"
    "$mosquitto" -c "$work/mosquitto.conf" >"$work/mosquitto.log" 2>&1 &
    pids+=($!)
    brokers+=($!)
    ports+=("$port")
    labels+=(mosquitto)
    wait_for_port "$port" || { echo "mosquitto did not start:" >&2; cat "$work/mosquitto.log" >&2; exit 1; }
fi
echo "compare-mosquitto.sh: $size sizes; ours: $("$bin" --version 2>/dev/null | head -1) pid ${brokers[0]} port ${ports[0]}${brokers[1]:+; mosquitto: $("$mosquitto" -h 2>/dev/null | head -1) pid ${brokers[1]} port ${ports[1]}}"
echo "compare-mosquitto.sh: open files limit $(ulimit -n)"

results=$work/results
: >"$results"
failed=0
# run ROW MODE ARGS...: the scenario against every broker; each result line is kept as
# "ROW<TAB>line" (a mode such as retained prints several lines: ROW/scenario).
run() {
    local row=$1 mode=$2
    shift 2
    for i in "${!labels[@]}"; do
        local started=$SECONDS out
        out=$("$bin" bench "$mode" -h 127.0.0.1 -p "${ports[$i]}" --label "${labels[$i]}" \
            --broker-pid "${brokers[$i]}" "$@" 2>"$work/err")
        local status=$?
        echo "# $row ${labels[$i]}: $((SECONDS - started)) s, exit $status" >&2
        if [ "$status" != 0 ]; then
            sed "s/^/#   /" "$work/err" >&2
            printf '%s\tscenario=%s broker=%s error=exit-%s\n' "$row" "$mode" "${labels[$i]}" "$status" >>"$results"
            [ "${labels[$i]}" = ours ] && failed=1
            continue
        fi
        grep '^scenario=' <<<"$out" | while read -r line; do
            printf '%s\t%s\n' "$row" "$line" >>"$results"
            echo "$line"
        done
    done
}

# Idle connections first: the brokers' memory per connection is read before other scenarios
# have grown (and freed) their heaps.
run idle-conns conn "${idle[@]}"
run publish-q0 pub -q 0 "${publish[@]}"
run publish-q1 pub -q 1 "${publish[@]}"
run fanout-q1 sub -q 1 "${pubsub[@]}"
run retained retained "${retained[@]}"
run flood flood "${flood[@]}"
run fanin-16k flood "${fanin[@]}"
run noack noack "${noack[@]}"
run large-1mb large "${large[@]}"
run latency latency "${latency[@]}"

echo
# The table: for each scenario line, each field with our value and Mosquitto's.
awk -F'\t' -v brokers="${labels[*]}" '
function field(line, key,    n, parts, i, kv) {
    n = split(line, parts, " ")
    for (i = 1; i <= n; i++) {
        split(parts[i], kv, "=")
        if (kv[1] == key) return substr(parts[i], length(key) + 2)
    }
    return "-"
}
{
    scenario = field($2, "scenario"); broker = field($2, "broker")
    key = $1 "/" scenario
    if (!(key in seen)) { seen[key] = 1; order[++rows] = key }
    line[key, broker] = $2
    if (broker == "ours") ourline[key] = $2
}
END {
    nb = split(brokers, names, " ")
    printf "%-26s %-22s", "scenario", "field"
    for (b = 1; b <= nb; b++) printf " %18s", names[b]
    printf "\n"
    for (r = 1; r <= rows; r++) {
        key = order[r]
        ref = (key in ourline) ? ourline[key] : line[key, names[nb]]
        n = split(ref, parts, " ")
        for (i = 3; i <= n; i++) {
            split(parts[i], kv, "=")
            printf "%-26s %-22s", (i == 3 ? key : ""), kv[1]
            for (b = 1; b <= nb; b++) printf " %18s", field(line[key, names[b]], kv[1])
            printf "\n"
        }
    }
}' "$results"

if [ "$check" = 1 ]; then
    # Our broker bounds nothing in these scenarios: nothing may be lost or duplicated.
    while IFS=$'\t' read -r row line; do
        case "$line" in *"broker=ours"*) ;; *) continue ;; esac
        # QoS 0 publishing alone has nobody to count arrivals: lost=? dup=? there.
        if ! grep -q -e ' lost=0 dup=0' -e 'scenario=pub .* lost=? dup=?' <<<"$line"; then
            echo "compare-mosquitto.sh: FAIL $row: $line" >&2
            failed=1
        fi
    done <"$results"
    exit "$failed"
fi
exit 0
