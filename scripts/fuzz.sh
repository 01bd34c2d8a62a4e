#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a while (default 60 s) on a copy of
# its seed corpus. Any crash, leak or sanitizer report fails the run; the input is kept in
# build-fuzz/ for replay (./build-fuzz/tests/fuzz/fuzz_http build-fuzz/fuzz_http-crash-...).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPRINTVAULT_BUILD_TESTS=OFF -DPRINTVAULT_FUZZ=ON -DPRINTVAULT_WERROR=ON >/dev/null
cmake --build "$build" --target fuzz_http fuzz_frames fuzz_convert fuzz_pdf fuzz_ipp fuzz_ipp_seeds

# Library one-off allocations (fontconfig's) are not leaks of ours: the tests' suppressions.
# An allocation over 1 GiB returns NULL, as it does in printvault-worker under its RLIMIT_AS:
# libcups allocates a raster line as long as a document's header says, before any check of ours.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}allocator_may_return_null=1:max_allocation_size_mb=1024"

# target, corpus folder, seconds, longest input
run() {
  local corpus
  corpus=$(mktemp -d)
  cp "tests/fuzz/$2"/* "$corpus/"
  echo "== $1 for ${3}s"
  # -timeout: one input that takes this long is a hang, and a failure.
  (cd "$build" && ./tests/fuzz/"$1" -max_total_time="$3" -max_len="$4" -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$PWD/$1-" "$corpus" 2>&1 | tail -15)
  rm -rf "$corpus"
}
half=$(((seconds + 1) / 2))
run fuzz_http corpus "$seconds" 4096
run fuzz_frames corpus-frames "$half" 4096
run fuzz_convert corpus-text "$half" 65536
run fuzz_convert corpus-raster "$half" 65536
run fuzz_pdf corpus-pdf "$half" 65536
run fuzz_ipp corpus-ipp "$half" 65536
