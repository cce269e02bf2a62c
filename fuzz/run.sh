#!/usr/bin/env bash
# fuzz/run.sh [SECONDS]   (default 60)
#
# Builds the CSV reader's libFuzzer target with clang (AddressSanitizer + UndefinedBehaviorSanitizer)
# in a build directory of its own ($FUZZ_BUILD_DIR, else build-fuzz/ at the top, which git ignores),
# replays every input in fuzz/regressions/, then fuzzes for SECONDS on a working copy of
# fuzz/corpus/csvreader/ kept in the build directory (it grows from run to run). Exits non-zero on
# a crash, printing the crashing input's path; exits 77 (skipped) when clang++ is not installed.
set -euo pipefail

seconds="${1:-60}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${FUZZ_BUILD_DIR:-$(dirname "$here")/build-fuzz}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ is not installed: skipping the fuzzer (./scripts/install-deps installs it)"
    exit 77
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    generator=()
    if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
    CC=clang CXX=clang++ cmake -S "$here" -B "$build" "${generator[@]}" >/dev/null
fi
cmake --build "$build"
fuzzer="$build/csvreader_fuzzer"

# Inputs that once crashed must keep passing.
for input in "$here"/regressions/*; do
    case "$input" in *.md | */\*) continue ;; esac
    if ! "$fuzzer" "$input" >"$build/regression.log" 2>&1; then
        tail -n 40 "$build/regression.log"
        echo "fuzz regression fails again; crashing input: $input"
        exit 1
    fi
done

corpus="$build/corpus"
artifacts="$build/artifacts"
mkdir -p "$corpus" "$artifacts"
cp -n "$here"/corpus/csvreader/* "$corpus"/

echo "fuzzing the CSV reader for ${seconds}s (corpus $corpus)"
status=0
"$fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/csvreader.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 >"$build/fuzz.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    tail -n 60 "$build/fuzz.log"
    found=$(grep -o "Test unit written to .*" "$build/fuzz.log" | sed 's/Test unit written to //' || true)
    echo "the fuzzer failed (exit $status); crashing input: ${found:-see $build/fuzz.log}"
    echo "copy it into fuzz/regressions/ and add a test for it to tests/core/tst_csvreader.cpp"
    exit 1
fi
grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^Done " "$build/fuzz.log" || true
echo "no crash in ${seconds}s; corpus: $(ls "$corpus" | wc -l) inputs"
