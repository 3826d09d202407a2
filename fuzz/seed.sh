#!/bin/sh
# Seeds the fuzz corpora from the test fixtures. Run from anywhere:
#   sh fuzz/seed.sh
# The corpora (fuzz/corpus/) are not committed: libFuzzer grows them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../tests/fixtures"
mkdir -p "$here/corpus/directory" "$here/corpus/notes" "$here/corpus/import"
for f in "$fixtures"/valid/*.json "$fixtures"/invalid/*.json "$fixtures"/venue/*.json \
         "$fixtures"/hostile/*.json "$here"/../data/*.json; do
    cp "$f" "$here/corpus/directory/$(basename "$(dirname "$f")")-$(basename "$f")"
done
cp "$fixtures"/notes/*.json "$here/corpus/notes/"
# A notes file of every shape the store writes: tombstones, follow-ups.
printf '%s\n' '{"format":"maillage-notes","version":1,"notes":[],"tombstones":[{"id":"a","deleted":"2026-01-01T00:00:00Z"}]}' \
    > "$here/corpus/notes/tombstone.json"
cp "$fixtures"/import/*.csv "$here/corpus/import/"
echo "seeded: $(ls "$here/corpus/directory" | wc -l) directory, $(ls "$here/corpus/notes" | wc -l) notes, $(ls "$here/corpus/import" | wc -l) import"
