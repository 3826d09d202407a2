#!/bin/sh
# Runs one fuzz target for a while:  sh fuzz/run.sh TARGET [SECONDS]
# TARGET is directory, notes or import; SECONDS defaults to 60.
#
# With cargo-fuzz installed (`cargo install cargo-fuzz`), this is
#   cargo +nightly fuzz run TARGET -- -max_total_time=SECONDS
# Without it, the script builds the target the way cargo-fuzz does (nightly,
# SanitizerCoverage, `--cfg fuzzing`, debug assertions; no AddressSanitizer:
# the code under test is safe Rust) and runs the libFuzzer binary directly.
# Both need a nightly toolchain: `rustup toolchain install nightly`.
set -eu
target=${1:?usage: fuzz/run.sh directory|notes|import [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/corpus/$target" ] || sh "$here/seed.sh"
mkdir -p "$here/artifacts/$target"
if cargo fuzz --help >/dev/null 2>&1; then
    cd "$here/.."
    exec cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -artifact_prefix="fuzz/artifacts/$target/"
fi
triple=$(rustc +nightly -vV | sed -n 's/^host: //p')
RUSTFLAGS="-Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
    cargo +nightly build --release --manifest-path "$here/Cargo.toml" \
    --target "$triple" --bin "$target"
exec "$here/target/$triple/release/$target" "$here/corpus/$target" \
    -max_total_time="$seconds" -artifact_prefix="$here/artifacts/$target/"
