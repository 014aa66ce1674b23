#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (release, -sanitize=fuzzer,address, in Fuzz/.build: the main
# package's .build is left alone) and runs each for FUZZ_SECONDS (default 60) from its committed corpus in
# Tests/Fuzz/Corpus/<target>/. Prints one line per target: executions, executions per second, coverage
# (cov:), new corpus entries, findings, and the CPU seconds the target was given (user + system: on a shared
# machine, or under `nice`, fewer than FUZZ_SECONDS). Exits 1 when any target has a finding (a crash, a violated
# property, a sanitizer report, an input slower than 1 s, a malloc over 256 MiB or RSS over 2 GiB); the
# input is kept in Fuzz/.build/fuzz-runs/<target>/artifacts/.
#
#   scripts/fuzz.sh                 run every target
#   scripts/fuzz.sh FuzzSSEParser   run the targets named
#   FUZZ_MERGE=1 scripts/fuzz.sh    also merge what adds edges into Tests/Fuzz/Corpus/ (-set_cover_merge=1)
#   FUZZ_TIMEOUT=30 scripts/fuzz.sh for a long campaign on a shared machine: libFuzzer's timeout is wall time, so
#                                   a starved target "times out" on any input. With FUZZ_TIMEOUT over 1, inputs
#                                   slower than 1 s are kept (-report_slow_units=1) and replayed alone at the end
#                                   with -timeout=1: only one that is still over 1 s is a finding.
#   scripts/fuzz.sh --seed DIR      merge seeds (scripts/fuzz-seeds.py DIR) into Tests/Fuzz/Corpus/
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT="${SWIFT:-swift}"
FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
targets_all=(
    FuzzJSONNotification FuzzJSONBatch FuzzMessagePack FuzzProtobufNotification FuzzProtobufBatch
    FuzzSSEParser FuzzWebSocketServer FuzzWebSocketClient FuzzLengthDelimited FuzzAcceptNegotiation
    FuzzPollParameters
)
seed_dir=""
if [ "${1:-}" = "--seed" ]; then
    seed_dir="$2"
    shift 2
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${targets_all[@]}")

(cd Fuzz && "$SWIFT" build -c release -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol") >&2
bin="Fuzz/.build/release"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}"
FUZZ_TIMEOUT="${FUZZ_TIMEOUT:-1}"
limits=(-rss_limit_mb=2048 -malloc_limit_mb=256)
replay_limits=(-timeout=1 "${limits[@]}")

if [ -n "$seed_dir" ]; then
    for target in "${targets[@]}"; do
        mkdir -p "Tests/Fuzz/Corpus/$target"
        "$bin/$target" -merge=1 "${replay_limits[@]}" -artifact_prefix="Fuzz/.build/merge-$target-" \
            "Tests/Fuzz/Corpus/$target" "$seed_dir/$target" \
            > "Fuzz/.build/merge-$target.log" 2>&1
        echo "$target: $(ls "Tests/Fuzz/Corpus/$target" | wc -l) corpus entries"
    done
    exit 0
fi

status=0
# The CPU seconds (user + system) of this shell's finished children so far, from the `times` builtin (run in
# this shell, not in a command substitution's subshell, whose children are not these) into $cpu_now.
children_cpu() {
    times > "$work/times"
    cpu_now=$(tail -1 "$work/times" | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/); printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }')
}

printf '%-26s %12s %9s %7s %12s %9s %7s\n' target executions exec/s cov: new-entries findings cpu-s
for target in "${targets[@]}"; do
    work="Fuzz/.build/fuzz-runs/$target"
    rm -rf "$work"
    mkdir -p "$work/new" "$work/artifacts" "Tests/Fuzz/Corpus/$target"
    children_cpu
    cpu_before=$cpu_now
    slow=()
    if [ "$FUZZ_TIMEOUT" -gt 1 ]; then slow=(-report_slow_units=1); fi
    "$bin/$target" -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" "${slow[@]}" "${limits[@]}" \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/new" "Tests/Fuzz/Corpus/$target" \
        > "$work/log" 2>&1 || true
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
    coverage=$(grep -oE 'cov: [0-9]+' "$work/log" | tail -1 | cut -d' ' -f2)
    children_cpu
    cpu=$((cpu_now - cpu_before))
    # A slow unit seen under contention is a finding only if it is still over 1 s alone.
    for unit in "$work"/artifacts/slow-unit-*; do
        [ -f "$unit" ] || continue
        if "$bin/$target" "${replay_limits[@]}" "$unit" >> "$work/replay.log" 2>&1; then
            mv "$unit" "$work/replayed-${unit##*/}"
        fi
    done
    findings=$(find "$work/artifacts" -type f | wc -l)
    new=$(find "$work/new" -type f | wc -l)
    printf '%-26s %12s %9s %7s %12s %9s %7s\n' "$target" "${executions:-?}" "${speed:-?}" "${coverage:-?}" "$new" "$findings" "$cpu"
    if [ "$findings" -gt 0 ]; then
        status=1
        echo "  finding(s) in $work/artifacts/; the report:" >&2
        grep -m3 -E 'property violated|ERROR: |SUMMARY' "$work/log" | cut -c1-800 >&2 || tail -20 "$work/log" >&2
    fi
    if [ "${FUZZ_MERGE:-0}" = 1 ] && [ "$new" -gt 0 ]; then
        # Only what adds edges (no hit-count buckets: -use_counters=0), as a smallest set (-set_cover_merge=1), so
        # that the committed corpus stays small. (An input the merge finds slow is left in the run's folder,
        # never in the working directory.)
        "$bin/$target" -set_cover_merge=1 -use_counters=0 "${replay_limits[@]}" -artifact_prefix="$work/merge-" \
            "Tests/Fuzz/Corpus/$target" "$work/new" > "$work/merge.log" 2>&1
    fi
done
exit $status
