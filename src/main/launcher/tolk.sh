#!/bin/sh
# tolk launcher: this file is a shell stub with the tolk jar appended; java reads the jar from its end.
# `tolk --version` and `tolk --help` are answered here, from text generated from the command
# definitions when this file was built: no JVM start for them.
if [ "$#" -eq 1 ]; then
  case "$1" in
    --version|-V)
      echo 'tolk @VERSION@'
      exit 0 ;;
    --help|-h)
      cat <<'TOLK_HELP_END'
@HELP@TOLK_HELP_END
      exit 0 ;;
  esac
fi
# The terminal's width, for progress lines that must not wrap (shells seldom export COLUMNS).
if [ -z "$COLUMNS" ] && [ -t 2 ]; then
  COLUMNS=$(stty size 2>/dev/null </dev/tty | cut -d' ' -f2)
  [ -n "$COLUMNS" ] && export COLUMNS
fi
# TOLK_JAVA_OPTS comes last, so that its options (-Xmx4g, say) win over these start-up defaults.
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto $TOLK_JAVA_OPTS -jar "$0" "$@"
