#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a while (default 60 s) on a copy of
# its seed corpus. Any crash, leak or sanitizer report fails the run; the input is kept in
# build-fuzz/ for replay (./build-fuzz/tests/fuzz/fuzz_http CRASH_FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPRINTVAULT_BUILD_TESTS=OFF -DPRINTVAULT_FUZZ=ON -DPRINTVAULT_WERROR=ON >/dev/null
cmake --build "$build" --target fuzz_http
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp tests/fuzz/corpus/* "$corpus/"
echo "== fuzz_http for ${seconds}s"
(cd "$build" && ./tests/fuzz/fuzz_http -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 "$corpus" 2>&1 | tail -15)
