#!/usr/bin/env bash
# Start-up of whole tolk processes: the median of RUNS runs (default 11) of each command, wall clock,
# through the packaged launcher. Build it first: ./mvnw -q -DskipTests package
# Usage: src/test/scripts/startup.sh [RUNS]   (from the repository's root)
set -euo pipefail
runs="${1:-11}"
tolk="$PWD/target/bin/tolk"
[ -x "$tolk" ] || { echo "no $tolk: run ./mvnw -q -DskipTests package first" >&2; exit 2; }
project="$(mktemp -d)"
trap 'rm -rf "$project"' EXIT
cp -r examples/quickstart/. "$project"
cd "$project"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$tolk" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
  done | median
}

printf '%-32s %s\n' "command" "median ms ($runs runs)"
for command in "--version" "--help" "run --help" "status" "check" "run --provider pseudo --dry-run"; do
  # shellcheck disable=SC2086 # the command's words are its arguments
  printf '%-32s %s\n' "tolk $command" "$(measure $command)"
done
