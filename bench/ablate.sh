#!/usr/bin/env bash
# The edit load benchmark (bench/edits.sh) on a copy of the code with parts of the write path taken out, to
# measure what each costs under load (docs/PERFORMANCE.md, session 17). Never for use: a copy so built skips
# what the platform promises (validation, history, durability). The repository's own code has no such switch.
# Usage: bench/ablate.sh "WHAT" [EDITORS] [EDITS_EACH] [WARM_UP_EACH] [ROUNDS]
#   WHAT: words, separated by spaces or commas, of "validation" (writes are not validated), "barriers" (answers
#   do not wait for eXist-db's commit, and reads from memory do not ask eXist-db for the draft's revision),
#   "records" (no change record and no TEI log entry per write); "" measures the code unchanged, the same way.
# The copy is a git worktree of HEAD (uncommitted changes are not in it) in a temporary directory, patched with
# bench/ablation/*.patch. Without records there is no history to replay, so that copy skips the replay check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
what="${1?Usage: bench/ablate.sh \"validation barriers records\" [edits.sh arguments]}"
shift
words=()
for word in ${what//,/ }; do
  case "$word" in
    validation|barriers|records) words+=("$word") ;;
    *) echo "bench/ablate.sh: unknown part '$word' (validation, barriers, records)" >&2; exit 2 ;;
  esac
done
scratch="$(mktemp -d)"
copy="$scratch/editio"
trap 'git worktree remove --force "$copy" 2>/dev/null || true; rm -rf "$scratch"' EXIT
git worktree add -q --detach "$copy" HEAD
git -C "$copy" apply "$PWD/bench/ablation/switches.patch"
case " ${words[*]-} " in *" records "*) git -C "$copy" apply "$PWD/bench/ablation/no-records.patch" ;; esac
EDITIO_ABLATE="${words[*]-none}" "$copy/bench/edits.sh" "$@"
