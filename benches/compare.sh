#!/usr/bin/env bash
# One-shot search: `maillage search` against `fzf --filter`, same machine, same run.
#
#   benches/compare.sh                 # 50,000 stands, the default queries
#   STANDS=10000 benches/compare.sh    # another size
#   benches/compare.sh mersch "sante wiltz"   # your own queries
#
# What it does:
# 1. installs fzf and hyperfine if missing (apt-get; hyperfine also via cargo);
# 2. builds the release binary and the generator;
# 3. generates the directory (target/compare/big.json) and exports the names
#    maillage lists for an empty query (stands, organisations, people: one
#    "kind<TAB>id<TAB>name" line each) to target/compare/names.txt;
# 4. for each query, times `maillage search --data big.json QUERY` against
#    `fzf --filter QUERY` on names.txt (read, match, sort, print), output
#    to /dev/null, maillage twice:
#    - cold (`--no-cache`): read, parse and validate the JSON, fold every
#      record's text, search, print;
#    - cached: the records read from the search cache (written by the first
#      search of the file, here the export of step 3; see
#      src/search/catalog/cache/), search, print;
# 5. prints each mean, the ratios maillage/fzf (target: ≤ 1.0), and the
#    peak memory of `maillage search`, cold and cached (target: ≤ 30 MB).
#
# The cache goes to target/compare/cache, not to your cache folder.
set -euo pipefail
cd "$(dirname "$0")/.."

STANDS=${STANDS:-50000}
WORK=target/compare
QUERIES=("$@")
if [ ${#QUERIES[@]} -eq 0 ]; then
    QUERIES=(x mersch brsr "sante wiltz" "association solidarite" zzqx)
fi

install_tools() {
    local missing=()
    command -v fzf >/dev/null || missing+=(fzf)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    [ ${#missing[@]} -eq 0 ] && return
    echo "installing ${missing[*]}…" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo=sudo
    if command -v apt-get >/dev/null; then
        $sudo apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
            { $sudo apt-get update >/dev/null 2>&1 && $sudo apt-get install -y "${missing[@]}" >/dev/null 2>&1; } || true
    fi
    if ! command -v hyperfine >/dev/null && command -v cargo >/dev/null; then
        cargo install --locked hyperfine >/dev/null 2>&1 || true
    fi
    command -v fzf >/dev/null || { echo "compare.sh: fzf is missing and could not be installed (apt-get install fzf)" >&2; exit 1; }
}
install_tools

cargo build --release --quiet --bin maillage --example generate_directory
MAILLAGE=target/release/maillage
mkdir -p "$WORK"
export MAILLAGE_CACHE_DIR="$WORK/cache"
rm -rf "$MAILLAGE_CACHE_DIR"
target/release/examples/generate_directory --stands "$STANDS" -o "$WORK/big.json"
$MAILLAGE check "$WORK/big.json" >/dev/null
# A file changed in the last two seconds is not cached yet.
sleep 2
$MAILLAGE search --data "$WORK/big.json" "" >"$WORK/names.txt"
ls "$MAILLAGE_CACHE_DIR"/search-*.bin >/dev/null || { echo "compare.sh: the search cache was not written" >&2; exit 1; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $STANDS stands, $(du -h "$WORK/big.json" | cut -f1) of JSON; names.txt: $(wc -l <"$WORK/names.txt") lines"
echo "fzf $(fzf --version | cut -d' ' -f1)"

# Mean wall time in ms of a shell command: hyperfine when present, else the
# median of 15 runs timed by bash.
mean_ms() {
    if command -v hyperfine >/dev/null; then
        hyperfine --style none --ignore-failure --warmup 2 --min-runs 15 --export-csv "$WORK/run.csv" "$1" >/dev/null 2>&1
        awk -F, 'NR==2 { printf "%.1f", $2 * 1000 }' "$WORK/run.csv"
    else
        local times=()
        for _ in $(seq 15); do
            local start end
            start=$(date +%s%N)
            bash -c "$1" || true
            end=$(date +%s%N)
            times+=($(((end - start) / 1000)))
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", t[int((NR + 1) / 2)] / 1000 }'
    fi
}

printf '\n%-24s %8s %9s %9s %8s %11s %11s %7s\n' query matches "cold ms" "cached ms" "fzf ms" "cold ratio" "cached ratio" target
for query in "${QUERIES[@]}"; do
    q=$(printf %q "$query")
    matches=$($MAILLAGE search --data "$WORK/big.json" "$query" | wc -l)
    cold=$(mean_ms "$MAILLAGE search --no-cache --data $WORK/big.json $q >/dev/null")
    cached=$(mean_ms "$MAILLAGE search --data $WORK/big.json $q >/dev/null")
    theirs=$(mean_ms "fzf --filter $q <$WORK/names.txt >/dev/null")
    cold_ratio=$(awk -v a="$cold" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')
    cached_ratio=$(awk -v a="$cached" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')
    verdict=$(awk -v r="$cached_ratio" 'BEGIN { print (r <= 1.0 ? "met" : "NOT met") }')
    printf '%-24s %8s %9s %9s %8s %11s %11s %7s\n' "\"$query\"" "$matches" "$cold" "$cached" "$theirs" "${cold_ratio}×" "${cached_ratio}×" "$verdict"
done

if [ -x /usr/bin/time ]; then
    peak_of() {
        /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ { print $2 }' | xargs
    }
    cold=$(peak_of $MAILLAGE search --no-cache --data "$WORK/big.json" x)
    cached=$(peak_of $MAILLAGE search --data "$WORK/big.json" x)
    echo
    echo "peak memory of 'maillage search --data big.json x' (target ≤ 30 MB):"
    echo "  cold:   $((cold / 1024)) MB ($cold kB)"
    echo "  cached: $((cached / 1024)) MB ($cached kB)"
fi
