#!/usr/bin/env bash
# `maillage search` against fzf, same machine, same run, no cache anywhere.
#
#   benches/compare.sh                        # 50,000 stands, the default queries
#   STANDS=10000 benches/compare.sh           # another size
#   benches/compare.sh mersch "sante wiltz"   # your own queries
#
# What it does:
# 1. installs fzf, jq, hyperfine and GNU time if missing (apt-get; hyperfine
#    also via cargo);
# 2. builds the release binary and the generator;
# 3. generates the directory (target/compare/big.json) and writes the bare
#    names maillage lists for an empty query (a stand's organisations, an
#    organisation's name, a person's name: one line each) to names.txt;
# 4. for each query, times with the output sent to /dev/null:
#    - maillage: `maillage search --data big.json QUERY`, from a cold start:
#      read, parse, validate and link the JSON, build the search index
#      (fold every record's text), search, print;
#    - fzf: `fzf --filter QUERY` on names.txt (read, match, sort, print):
#      the names only, nothing to parse;
#    - jq | fzf: the pipeline a user would write instead, jq extracting the
#      texts maillage searches (stand number, its organisations' names,
#      title and themes; an organisation's names, aliases, themes and
#      description; a person's name and role) piped to `fzf --filter QUERY`;
# 5. prints each mean, the ratios maillage/fzf and (jq | fzf)/maillage, and
#    the peak memory (largest process) of each, from `/usr/bin/time -v`.
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
    command -v jq >/dev/null || missing+=(jq)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    [ -x /usr/bin/time ] || missing+=(time)
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
    for tool in fzf jq; do
        command -v $tool >/dev/null || { echo "compare.sh: $tool is missing and could not be installed (apt-get install $tool)" >&2; exit 1; }
    done
}
install_tools

cargo build --release --quiet --bin maillage --example generate_directory
MAILLAGE=target/release/maillage
mkdir -p "$WORK"
target/release/examples/generate_directory --stands "$STANDS" -o "$WORK/big.json"
$MAILLAGE check "$WORK/big.json" >/dev/null
$MAILLAGE search --data "$WORK/big.json" "" | cut -f3 >"$WORK/names.txt"

# The texts maillage searches, as a user would extract them with jq.
cat >"$WORK/texts.jq" <<'JQ'
(.organisations | map({key: .id, value: .}) | from_entries) as $orgs
| (.stands[] | [.number, (.organisations[] | $orgs[.].name // empty), .title // empty, (.themes // [])[]] | join(" ")),
  (.organisations[] | [.name, .short_name // empty, (.aliases // [])[], (.themes // [])[], .description // empty] | join(" ")),
  (.people[] | [.name, .role // empty] | join(" "))
JQ
[ "$(jq -r -f "$WORK/texts.jq" "$WORK/big.json" | wc -l)" -eq "$(wc -l <"$WORK/names.txt")" ] ||
    { echo "compare.sh: jq and maillage do not list as many records" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: $STANDS stands, $(du -h "$WORK/big.json" | cut -f1) of JSON; names.txt: $(wc -l <"$WORK/names.txt") lines"
echo "fzf $(fzf --version | cut -d' ' -f1), $(jq --version)"

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

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

printf '\n%-24s %8s %11s %8s %11s %14s %16s\n' query matches "maillage ms" "fzf ms" "jq|fzf ms" "maillage/fzf" "(jq|fzf)/maillage"
for query in "${QUERIES[@]}"; do
    q=$(printf %q "$query")
    # No match exits 1 (as grep and fzf do): not a failure here.
    matches=$({ $MAILLAGE search --data "$WORK/big.json" "$query" || true; } | wc -l)
    ours=$(mean_ms "$MAILLAGE search --data $WORK/big.json $q >/dev/null")
    fzf=$(mean_ms "fzf --filter $q <$WORK/names.txt >/dev/null")
    pipeline=$(mean_ms "jq -r -f $WORK/texts.jq $WORK/big.json | fzf --filter $q >/dev/null")
    printf '%-24s %8s %11s %8s %11s %13s× %15s×\n' "\"$query\"" "$matches" "$ours" "$fzf" "$pipeline" \
        "$(ratio "$ours" "$fzf")" "$(ratio "$pipeline" "$ours")"
done

if [ -x /usr/bin/time ]; then
    peak_of() {
        /usr/bin/time -v bash -c "$1" 2>&1 >/dev/null | awk -F: '/Maximum resident/ { print $2 }' | xargs
    }
    echo
    echo "peak memory (largest process) for the query x:"
    labels=("maillage" "fzf" "jq | fzf")
    commands=("$MAILLAGE search --data $WORK/big.json x"
        "fzf --filter x <$WORK/names.txt"
        "jq -r -f $WORK/texts.jq $WORK/big.json | fzf --filter x")
    for i in "${!labels[@]}"; do
        kb=$(peak_of "${commands[$i]} >/dev/null")
        printf '  %-9s %4s MB (%s kB)\n' "${labels[$i]}:" "$((kb / 1024))" "$kb"
    done
fi
