#!/bin/sh
# tolk launcher: this file is a shell stub with the tolk jar appended; java reads the jar from its end.
# The terminal's width, for progress lines that must not wrap (shells seldom export COLUMNS).
if [ -z "$COLUMNS" ] && [ -t 2 ]; then
  COLUMNS=$(stty size 2>/dev/null </dev/tty | cut -d' ' -f2)
  [ -n "$COLUMNS" ] && export COLUMNS
fi
# TOLK_JAVA_OPTS comes last, so that its options (-Xmx4g, say) win over these start-up defaults.
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto $TOLK_JAVA_OPTS -jar "$0" "$@"
