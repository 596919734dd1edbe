#!/usr/bin/env bash
# Runs one libFuzzer target for COUNTYCARE_FUZZ_SECONDS (default 45) seconds:
#   runfuzz.sh FUZZER NAME SEED_DIR BUILD_DIR
# Corpus directories: BUILD_DIR/fuzz-corpus/NAME (new inputs, written), the
# committed seeds and regressions SEED_DIR (replayed first, never written), and
# BUILD_DIR/fuzz-seeds/NAME when a seed generator filled it. Exits non-zero on
# any crash, sanitizer report, leak, slow input (> 20 s) or memory over 2 GiB;
# the input that did it is kept as BUILD_DIR/fuzz-artifacts/NAME-crash-<sha1>.
set -euo pipefail
fuzzer=$1 name=$2 seeds=$3 work=$4
seconds=${COUNTYCARE_FUZZ_SECONDS:-45}
corpus="$work/fuzz-corpus/$name"
artifacts="$work/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
dirs=("$corpus" "$seeds")
[ -d "$work/fuzz-seeds/$name" ] && dirs+=("$work/fuzz-seeds/$name")
log="$work/fuzz-artifacts/$name.log"
set +e
"$fuzzer" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "${dirs[@]}" >"$log" 2>&1
rc=$?
set -e
# The summary on success; the whole log when the fuzzer found something.
if [ $rc -ne 0 ]; then
  cat "$log"
  echo "$name: FAILED (exit $rc); reproduce with: $fuzzer $artifacts/$name-<artifact>"
  exit 1
fi
grep -E '^(INFO: seed corpus|#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)' "$log" || true
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
echo "$name: ${execs:-?} executions in ${seconds} s, no crash, no sanitizer report"
