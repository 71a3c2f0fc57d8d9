#!/bin/sh
# tolk launcher: this file is a shell stub with the tolk jar appended; java reads the jar from its end.
exec java ${TOLK_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto} -jar "$0" "$@"
