#!/usr/bin/env bash
# The edit load benchmark (bench/edits.sh) on a copy of the code with parts of the write path taken out, to
# measure what each costs under load (docs/PERFORMANCE.md, session 17). Never for use: a copy so built skips
# what the platform promises (validation, history, durability). The repository's own code has no such switch.
# Usage: bench/ablate.sh "WHAT" [EDITORS] [EDITS_EACH] [WARM_UP_EACH] [ROUNDS]
#   WHAT: any of "validation" (writes are not validated), "barriers" (answers do not wait for eXist-db's commit,
#   and reads from memory do not ask eXist-db for the draft's revision), "records" (no change record and no
#   TEI log entry per write); "" measures the code unchanged, the same way.
# The copy is a git worktree of HEAD in a temporary directory, patched with bench/ablation/*.patch; the
# benchmark's replay of the history is skipped there (without records there is no history to replay).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
what="${1:?Usage: bench/ablate.sh \"validation barriers records\" [edits.sh arguments]}"
shift
copy="$(mktemp -d)/editio"
git worktree add -q --detach "$copy" HEAD
trap 'git worktree remove --force "$copy"; rmdir "$(dirname "$copy")"' EXIT
git -C "$copy" apply "$PWD/bench/ablation/switches.patch"
case " $what " in *" records "*) git -C "$copy" apply "$PWD/bench/ablation/no-records.patch" ;; esac
EDITIO_ABLATE="${what:-none}" "$copy/bench/edits.sh" "$@"
