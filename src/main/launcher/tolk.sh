#!/bin/sh
# tolk launcher: this file is a shell stub with the tolk jar appended; java reads the jar from its end.
# TOLK_JAVA_OPTS comes last, so that its options (-Xmx4g, say) win over these start-up defaults.
exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto $TOLK_JAVA_OPTS -jar "$0" "$@"
