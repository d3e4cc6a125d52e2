#!/usr/bin/env bash
# Re-counts tests/NORMATIVE.md (issue 12): per protocol version the statements listed, their
# status, how many of the ids are cited ("MQTT-x.y.z-n") somewhere in tests/, and whether every
# test named in the table exists. Exit status 1 if a named test function is missing or a row
# marked covered names no test.
#
#   tools/normative-coverage.sh [-v]     -v: also list covered ids that no test cites
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
table="$root/tests/NORMATIVE.md"
verbose=0
[[ "${1:-}" == -v ]] && verbose=1

# Every id cited in a test source (the table itself is markdown and not searched).
cited=$(grep -rhoE --include='*.cpp' --include='*.h' --include='*.py' --include='*.sh' \
            'MQTT-[0-9]+\.[0-9]+(\.[0-9]+)?-[0-9]+' "$root/tests" | sort -u)

# One line per table row: version <TAB> id <TAB> status <TAB> tests (space separated).
rows=$(awk -F' [|] ' '
    /^## MQTT 3\.1 /  { v = "3.1" }
    /^## MQTT 3\.1\.1/ { v = "3.1.1" }
    /^## MQTT 5\.0/   { v = "5.0" }
    v != "" && /^[|] (MQTT-|3\.1-)/ {
        id = $1; sub(/^[|] /, "", id)
        tests = $4; gsub(/<br>/, " ", tests); gsub(/`/, "", tests); if (tests == "—") tests = ""
        printf "%s\t%s\t%s\t%s\n", v, id, $5, tests
    }' "$table")

# Client-only ids, listed after each table as "Client-only statements, not listed above (N): …".
client_count() {
    awk -v v="$1" '
        /^## MQTT 3\.1 /  { cur = "3.1" }
        /^## MQTT 3\.1\.1/ { cur = "3.1.1" }
        /^## MQTT 5\.0/   { cur = "5.0" }
        cur == v && /^Client-only statements/ { n += gsub(/MQTT-[0-9.]+-[0-9]+/, "&") }
        END { print n + 0 }' "$table"
}

status=0
missing=()
printf '%-6s %8s %8s %8s %8s %8s %8s %8s %8s %8s\n' version listed client server covered \
    not-cov fails differ n/a cited
for v in 3.1 3.1.1 5.0; do
    vrows=$(printf '%s\n' "$rows" | awk -F'\t' -v v="$v" '$1 == v')
    count() { printf '%s\n' "$vrows" | awk -F'\t' -v s="$1" '$3 ~ s' | grep -c . || true; }
    server=$(printf '%s\n' "$vrows" | grep -c . || true)
    client=$(client_count "$v")
    ncited=0
    while IFS=$'\t' read -r _ id st tests; do
        [[ -z "$id" ]] && continue
        if grep -qxF "$id" <<<"$cited"; then
            ncited=$((ncited + 1))
        elif [[ "$st" == covered && $verbose == 1 ]]; then
            echo "  $v $id: covered, but no test source cites it"
        fi
        if [[ "$st" == covered && -z "$tests" ]]; then
            missing+=("$v $id: covered without a test")
        fi
        for t in $tests; do
            file="$root/tests/${t%%::*}"
            fn="${t##*::}"
            if [[ ! -f "$file" ]] ||
                ! grep -qE "(void[[:space:]]+([A-Za-z_0-9]+::)?$fn[[:space:]]*\(\)|def[[:space:]]+$fn[[:space:]]*\()" "$file"; then
                missing+=("$v $id: $t not found")
            fi
        done
    done <<<"$vrows"
    printf '%-6s %8d %8d %8d %8d %8d %8d %8d %8d %8d\n' "$v" $((server + client)) "$client" \
        "$server" "$(count '^covered$')" "$(count '^not covered$')" "$(count '^fails')" \
        "$(count '^deliberately different')" "$(count '^not applicable$')" "$ncited"
done
echo "(cited: server-side ids of the table cited somewhere in tests/ — ids are shared by"
echo " 3.1.1 and 5.0, so a citation may be for the other version; 3.1 rows have no ids)"
if ((${#missing[@]})); then
    printf 'error: %s\n' "${missing[@]}" >&2
    status=1
fi
exit $status
