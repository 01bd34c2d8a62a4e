#!/usr/bin/env bash
# The whole test suite, as CI runs it: dependencies, a -Werror build with AddressSanitizer and
# UndefinedBehaviorSanitizer, the formatting check, then every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

echo "== formatting (clang-format, .clang-format)"
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
clang-format --dry-run --Werror "${sources[@]}"

build=${PRINTVAULT_TEST_BUILD_DIR:-build-ci}
echo "== build ($build: -Werror, ASan + UBSan)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DPRINTVAULT_BUILD_TESTS=ON -DPRINTVAULT_WERROR=ON -DPRINTVAULT_SANITIZE=ON >/dev/null
cmake --build "$build" -j "$(nproc)"

echo "== tests"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j 2 --timeout 900

echo "== fuzz"
# A short libFuzzer run over the MFP API's request parsing (clang, ASan, UBSan).
bash scripts/fuzz.sh "${PV_FUZZ_SECONDS:-60}"
