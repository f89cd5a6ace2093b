#!/usr/bin/env bash
# Issue 5 speed check, by hand: println-only ports of shared/bench nbody, spectralnorm and
# fannkuch, built with gojc and with native go 1.19, run alternately in one session.
# Prints min and median wall seconds of each and the ratio gojc/go (min over min).
# usage: bench/seq.sh [runs=3] [names...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
GO=${GO:-/usr/lib/go-1.19/bin/go}; JAVA=${JAVA:-java}
runs=${1:-3}; shift || true
names=${*:-nbody spectralnorm fannkuch}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
secs() { local s e; s=$(date +%s.%N); "$@" >"$work/out" 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[1], a[int((NR+1)/2)]}'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-14s %18s %18s %7s\n' program "go min/median s" "gojc min/median s" ratio
for n in $names; do
  (cd "$work" && GO111MODULE=off "$GO" build -o "$n.go.bin" "$here/seq/$n.go")
  "$root/gojc" build -o "$work/$n.jar" "$here/seq/$n.go"
  "$work/$n.go.bin" >"$work/want" 2>&1
  "$JAVA" -jar "$work/$n.jar" >"$work/got" 2>&1
  cmp -s "$work/want" "$work/got" || { echo "$n: output differs from go's"; diff "$work/want" "$work/got" | head; exit 1; }
  : >"$work/tg"; : >"$work/tj"
  for i in $(seq "$runs"); do
    secs "$work/$n.go.bin" >>"$work/tg"
    secs "$JAVA" -jar "$work/$n.jar" >>"$work/tj"
  done
  read -r gmin gmed < <(stats <"$work/tg"); read -r jmin jmed < <(stats <"$work/tj")
  printf '%-14s %8s /%8s %8s /%8s %6.2fx\n' "$n" "$gmin" "$gmed" "$jmin" "$jmed" "$(echo "$jmin / $gmin" | bc -l)"
done
