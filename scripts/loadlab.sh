#!/usr/bin/env bash
# make loadlab: every `notifywire load` scenario, all transports, with a release build of notifywire; writes
# docs/loadlab/ (results.json, results.txt, ramp.svg and one chart per other scenario, README.md with the date,
# the machine and the exact commands). Each scenario runs in a process of its own, against a server of its own.
#
# Codecs: all three for ramp and busy (where the codec can matter), JSON for quiet, burst, outage and throughput;
# outage runs twice: connections dropped, then the server restarted (--restart).
#
# With LOADLAB_NODES=N (N >= 2; `make loadlab`'s second part, into docs/loadlab/two-nodes/), the runs throughput
# and outage-* start N servers on one throwaway PostgreSQL of the tool's own (--nodes N): throughput-memory is
# the same throughput on one in-memory server, for the ratio; outage-kill-node, outage-listener-kill and
# outage-db-restart are the outages of several nodes on PostgreSQL (--fault ...). Ramp steps publish for 5 s (not the default
# 10 s) to keep the whole lab within 30 minutes on a 2-core machine. Estimate (release build, 3 transports):
#   ramp   9 cases × 7 steps × (5 s + connect/drain ≈ 3 s) ≈ 8-10 min (less where a transport stops early)
#   busy   9 cases × (10 s + ≈ 3 s) ≈ 2 min        quiet   3 × (30 s + ≈ 5 s) ≈ 2 min
#   burst  3 × (15 s + ≈ 3 s) ≈ 1 min               outage  2 runs × 3 × (71 s gaps + 3 × 8 s + drains) ≈ 10 min
# in all about 25 minutes.
#
# Environment (for smoke runs; `make loadlab` sets none of them):
#   LOADLAB_BINARY           the notifywire executable (default: the release build's)
#   LOADLAB_OUT              the output folder (default: docs/loadlab)
#   LOADLAB_DURATION         --duration SECONDS for every run (default: 5 for ramp, each other scenario's own)
#   LOADLAB_MAX_SUBSCRIBERS  --max-subscribers N for every run (default: each scenario's own)
#   LOADLAB_SCENARIOS        the runs, from: ramp busy quiet burst outage outage-restart throughput
#                            throughput-memory outage-kill-node outage-listener-kill outage-db-restart
#                            (default: ramp busy quiet burst outage outage-restart)
#   LOADLAB_NODES            --nodes for throughput and outage-* (default: 1)
#   LOADLAB_TRANSPORT        --transport (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
PYTHON=${NOTIFYWIRE_PYTHON:-python3}
OUT=${LOADLAB_OUT:-docs/loadlab}
TRANSPORT=${LOADLAB_TRANSPORT:-all}
RUNS=${LOADLAB_SCENARIOS:-ramp busy quiet burst outage outage-restart}
BINARY=${LOADLAB_BINARY:-}
if [ -z "$BINARY" ]; then
    BINARY="$($SWIFT build -c release --traits Hummingbird --show-bin-path)/notifywire"
fi
if [ ! -x "$BINARY" ]; then
    echo "loadlab: no executable at $BINARY: build it with \`$SWIFT build -c release --traits Hummingbird" \
        "--product notifywire\` (make loadlab does)" >&2
    exit 1
fi

mkdir -p "$OUT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
commands=()
failures=()
started=$(date -u +%s)

NODES=${LOADLAB_NODES:-1}
for run in $RUNS; do
    extra=()
    nodes=1
    case $run in
        ramp | busy) scenario=$run codec=all ;;
        quiet | burst | outage) scenario=$run codec=json ;;
        outage-restart) scenario=outage codec=json extra=(--restart) ;;
        outage-kill-node | outage-listener-kill | outage-db-restart)
            scenario=outage codec=json nodes=$NODES extra=(--fault "${run#outage-}") ;;
        throughput) scenario=throughput codec=json nodes=$NODES ;;
        throughput-memory) scenario=throughput codec=json ;;
        *) echo "loadlab: unknown run $run" >&2; exit 64 ;;
    esac
    arguments=(load --scenario "$scenario" --transport "$TRANSPORT" --codec "$codec" --json --svg "$OUT/$run.svg")
    if [ "$nodes" -gt 1 ]; then arguments+=(--nodes "$nodes"); fi
    arguments+=("${extra[@]}")
    if [ -n "${LOADLAB_DURATION:-}" ]; then
        arguments+=(--duration "$LOADLAB_DURATION")
    elif [ "$scenario" = ramp ]; then
        arguments+=(--duration 5)
    fi
    if [ -n "${LOADLAB_MAX_SUBSCRIBERS:-}" ]; then arguments+=(--max-subscribers "$LOADLAB_MAX_SUBSCRIBERS"); fi
    commands+=("notifywire ${arguments[*]}")
    echo "loadlab: notifywire ${arguments[*]}" >&2
    run_started=$(date -u +%s)
    status=0
    "$BINARY" "${arguments[@]}" 2>&1 > "$work/$run.json" | tee "$work/$run.log" >&2 || status=$?
    if [ "$status" -ne 0 ]; then
        failures+=("$run (exit $status)")
        echo "[]" > "$work/$run.json"
    fi
    echo "loadlab: $run took $(($(date -u +%s) - run_started)) s" >&2
done
elapsed=$(($(date -u +%s) - started))

# One JSON array of every run's rows, in run order, one row per line.
"$PYTHON" - "$OUT/results.json" $(for run in $RUNS; do echo "$work/$run.json"; done) <<'PY'
import json, sys
rows = []
for path in sys.argv[2:]:
    with open(path) as file:
        rows.extend(json.load(file))
with open(sys.argv[1], "w") as out:
    out.write("[\n" + ",\n".join("  " + json.dumps(row, separators=(",", ":")) for row in rows) + "\n]\n")
PY

limit=$(grep -h -m1 -o 'open-file limit: .*' "$work"/*.log | head -n 1 || true)
{
    echo "${limit:-open-file limit: unknown}"
    echo
    "$BINARY" load --from-json "$OUT/results.json"
} > "$OUT/results.txt"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
swift_version=$($SWIFT --version 2>&1 | head -n 1)
{
    echo "# Load lab results"
    echo
    echo "Written by \`make loadlab\` (scripts/loadlab.sh) on $(date -u +%Y-%m-%dT%H:%MZ), in $((elapsed / 60)) min $((elapsed % 60)) s."
    echo "Server and load generator on the same machine; each run starts its own \`notifywire serve --host"
    echo "127.0.0.1 --port 0 --replay-count 200000 --queue-capacity 4096\` (the same release executable)."
    if [ "$NODES" -gt 1 ]; then
        echo "Runs with \`--nodes $NODES\` start $NODES of them with \`--postgres URL\` of one throwaway PostgreSQL"
        echo "cluster the tool starts (initdb in a temporary folder, PostgreSQL's durable settings: a 201 is on"
        echo "disk), all on this machine: servers, PostgreSQL and load generator share its $(nproc) CPUs."
        echo "Subscribers are spread over the nodes in turn; publishers post to the first node."
    fi
    echo
    if [ ${#failures[@]} -gt 0 ]; then
        echo "**Failed runs** (their rows are missing): ${failures[*]}"
        echo
    fi
    echo "## Machine"
    echo
    echo "- CPUs: $(nproc) (${cpu:-unknown model})"
    echo "- Memory: $memory"
    echo "- Kernel: $(uname -sr)"
    echo "- Swift: $swift_version"
    echo "- ${limit:-open-file limit: unknown} (the load tool raises its soft limit to the hard limit)"
    echo
    echo "## Commands"
    echo
    echo '```'
    printf '%s\n' "${commands[@]}"
    echo '```'
    echo
    echo "## Results"
    echo
    echo "[results.json](results.json) (one row per ramp step or case), [results.txt](results.txt) (the table),"
    echo "charts: $(for run in $RUNS; do printf '[%s.svg](%s.svg) ' "$run" "$run"; done)"
    echo
    echo '```'
    cat "$OUT/results.txt"
    echo '```'
    # The PostgreSQL nodes against the in-memory server, both measured in this run (throughput and
    # throughput-memory): what each acknowledged per second, its p99, and the CPU of the servers and of
    # PostgreSQL (postmaster and backends) per 1,000 notifications delivered.
    "$PYTHON" - "$OUT/results.json" <<'PY'
import json, sys
rows = [row for row in json.load(open(sys.argv[1])) if row["scenario"] == "throughput"]
def key(row):
    return (row["transport"], row.get("publishRoute"))
memory = {key(row): row for row in rows if row.get("engine") == "memory"}
shared = [row for row in rows if row.get("engine") == "postgres" and key(row) in memory]
if shared:
    print()
    print("## PostgreSQL nodes against the in-memory server (same run)")
    print()
    print("| transport | publishes | nodes | acknowledged/s | ratio | p99 ms | ratio | server + database CPU s / 1,000 delivered | ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    def cpu(row):
        if row.get("serverCpuSeconds") is None or not row["delivered"]:
            return None
        return (row["serverCpuSeconds"] + (row.get("databaseCpuSeconds") or 0)) * 1000 / row["delivered"]
    def ratio(a, b):
        return f"{a / b:.2f}" if a is not None and b else "-"
    def fixed(value, decimals):
        return f"{value:,.{decimals}f}" if value is not None else "-"
    for row in shared:
        base = memory[key(row)]
        print(f"| {row['transport']} | {row.get('publishRoute')} | {row.get('nodes')} "
              f"| {fixed(row.get('publishedPerSecond'), 0)} (memory {fixed(base.get('publishedPerSecond'), 0)}) "
              f"| {ratio(row.get('publishedPerSecond'), base.get('publishedPerSecond'))} "
              f"| {fixed(row.get('p99Ms'), 1)} (memory {fixed(base.get('p99Ms'), 1)}) | {ratio(row.get('p99Ms'), base.get('p99Ms'))} "
              f"| {fixed(cpu(row), 3)} (memory {fixed(cpu(base), 3)}) | {ratio(cpu(row), cpu(base))} |")
PY
} > "$OUT/README.md"
echo "loadlab: wrote $OUT/ in $elapsed s" >&2
if [ ${#failures[@]} -gt 0 ]; then
    echo "loadlab: failed runs: ${failures[*]}" >&2
    exit 1
fi
