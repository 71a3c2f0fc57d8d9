#!/usr/bin/env bash
# The action's step: runs one tolk command with --json, writes the summary and the exit code as step
# outputs, and fails the step unless the exit code is one of TOLK_OK. Also runnable by hand (tests do):
#   TOLK=path/to/tolk TOLK_COMMAND=check GITHUB_OUTPUT=/tmp/out bash run-tolk.sh
set -uo pipefail

command_args=("$TOLK_COMMAND")
case "$TOLK_COMMAND" in
  run|review|resume|check|status|translate|estimate) command_args+=(--json) ;;
esac
case "$TOLK_COMMAND" in
  run|review|check|status|translate|estimate)
    [ -n "${TOLK_TARGETS:-}" ] && command_args+=(--target-lang "$TOLK_TARGETS") ;;
esac
case "$TOLK_COMMAND" in
  run|review|translate|estimate)
    [ -n "${TOLK_PROVIDER_INPUT:-}" ] && command_args+=(--provider "$TOLK_PROVIDER_INPUT") ;;
esac
# shellcheck disable=SC2206 # extra flags are split on spaces, as on a command line
[ -n "${TOLK_ARGS:-}" ] && command_args+=($TOLK_ARGS)

summary_file="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/tolk-summary.json"
"$TOLK" "${command_args[@]}" > "$summary_file"
code=$?
cat "$summary_file"

{
  echo "exit-code=$code"
  echo "summary-file=$summary_file"
  delimiter="tolk_$(date +%s%N)"
  echo "summary<<$delimiter"
  cat "$summary_file"
  echo "$delimiter"
} >> "${GITHUB_OUTPUT:-/dev/null}"

for ok in ${TOLK_OK//,/ }; do
  if [ "$code" = "$ok" ]; then
    exit 0
  fi
done
echo "tolk exited $code (see the README's exit codes)" >&2
exit "$code"
