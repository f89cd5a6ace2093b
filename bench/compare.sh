#!/usr/bin/env bash
# Times Go programs built by gojc beside the same programs built by native go 1.19, by hand
# (never in unit tests): each program is built by both, their outputs must be identical (and
# equal to expected.txt beside the file, if there is one), then both run alternately RUNS times.
# Prints min and median wall seconds and the ratio gojc/go of the minimums, then the minimum
# user+sys CPU seconds of each and their ratio (steadier than wall time on a loaded machine).
# usage: [GOJC=other/gojc] bench/compare.sh RUNS FILE.go...
#   bench/compare.sh 3 bench/seq/*.go                   # issue 5: println-only ports
#   bench/compare.sh 3 ../shared/bench/*/main.go        # issue 8: the shared corpus (fmt etc.)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(dirname "$here")
GO=${GO:-/usr/lib/go-1.19/bin/go}; JAVA=${JAVA:-java}; GOJC=${GOJC:-$root/gojc}
runs=$1; shift
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
secs() { # wall seconds on stdout, user+sys CPU seconds appended to $cpu
  local s e; s=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >"$work/out" 2>/dev/null; e=$(date +%s.%N)
  awk '{print $1 + $2}' "$work/time" >>"$cpu"; echo "$e - $s" | bc; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[1], a[int((NR+1)/2)]}'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)  java: $("$JAVA" -version 2>&1 | head -1)"
printf '%-14s %18s %18s %7s %15s %7s\n' program "go min/median s" "gojc min/median s" ratio "cpu go/gojc s" ratio
for f in "$@"; do
  f=$(readlink -f "$f"); n=$(basename "$f" .go); [ "$n" = main ] && n=$(basename "$(dirname "$f")")
  (cd "$work" && GO111MODULE=off "$GO" build -o "$n.bin" "$f")
  "$GOJC" build -o "$work/$n.jar" "$f"
  "$work/$n.bin" >"$work/want" 2>/dev/null
  "$JAVA" -jar "$work/$n.jar" >"$work/got" 2>/dev/null
  if ! cmp -s "$work/want" "$work/got"; then echo "$n: output differs from go's"; diff "$work/want" "$work/got" | head -5; continue; fi
  exp=$(dirname "$f")/expected.txt
  if [ -f "$exp" ] && ! cmp -s "$exp" "$work/got"; then echo "$n: output differs from expected.txt"; continue; fi
  : >"$work/tg"; : >"$work/tj"; : >"$work/cg"; : >"$work/cj"
  for i in $(seq "$runs"); do
    cpu=$work/cg secs "$work/$n.bin" >>"$work/tg"
    cpu=$work/cj secs "$JAVA" -jar "$work/$n.jar" >>"$work/tj"
  done
  read -r gmin gmed < <(stats <"$work/tg"); read -r jmin jmed < <(stats <"$work/tj")
  read -r cgmin _ < <(stats <"$work/cg"); read -r cjmin _ < <(stats <"$work/cj")
  printf '%-14s %8s /%8s %8s /%8s %6.2fx %7s/%7s %6.2fx\n' "$n" "$gmin" "$gmed" "$jmin" "$jmed" "$(echo "$jmin / $gmin" | bc -l)" \
    "$cgmin" "$cjmin" "$(echo "$cjmin / $cgmin" | bc -l)"
done
