#!/usr/bin/env bash
# Catalog search under load: builds the portal and the bench classes, starts a fresh portal with its own
# embedded MariaDB on ports of its own, fills it with a generated catalog, waits until search sees the
# catalog, measures the trivial endpoint and the search scenarios in one run, and stops the portal again
# (also when something fails). Results: target/search-bench/search-load.{md,json,csv}.
#
#   bench/search-bench.sh [--products=50000] [--suppliers=200] [--threads=32] [--warmup=15] [--duration=45]
#                         [--scenarios=ping,text,filters,deep,mixed] [--no-build]
#
# Environment: KEPIL_BENCH_PORT (8383), KEPIL_BENCH_DB_PORT (3337), MVN_ARGS (extra Maven options, e.g. -o),
# KEPIL_JAVA_OPTS (the portal JVM's options; unset, the launcher's default as for `mvn -Prun` and the tests).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/target/search-bench"
port=${KEPIL_BENCH_PORT:-8383}
db_port=${KEPIL_BENCH_DB_PORT:-3337}
products=50000
suppliers=200
build=1
load_args=()
for arg in "$@"; do
    case "$arg" in
        --products=*) products=${arg#*=} ;;
        --suppliers=*) suppliers=${arg#*=} ;;
        --no-build) build=0 ;;
        --threads=* | --warmup=* | --duration=* | --scenarios=*) load_args+=("$arg") ;;
        *) echo "unknown option $arg" >&2; exit 2 ;;
    esac
done

# shellcheck source=bench/portal.sh
source "$root/bench/portal.sh"
bench_build
start_portal

echo "== generating $products product cards of $suppliers suppliers"
generate_catalog "$products" "$suppliers"
expected=$(cat "$out/expected.txt")

echo "== waiting until search finds the $expected orderable cards"
total=0
for _ in $(seq 1 120); do
    total=$(curl -fsS "http://localhost:$port/api/v1/products?size=1" | jq -r '.total') || total=0
    [[ $total == "$expected" ]] && break
    sleep 1
done
if [[ $total != "$expected" ]]; then
    echo "search finds $total cards, expected $expected" >&2
    exit 1
fi
echo "search finds $total cards"

echo "== load"
java -cp "$cp" kz.kepil.bench.SearchLoad --base="http://localhost:$port" --out="$out" --launcher-pid="$launcher" \
    --label="products=$products suppliers=$suppliers KEPIL_JAVA_OPTS=${KEPIL_JAVA_OPTS:-<launcher default>}" \
    "${load_args[@]}"
