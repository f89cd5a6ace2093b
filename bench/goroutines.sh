#!/usr/bin/env bash
# Goroutine benchmarks by hand (issue 6): each println-only program compiled by gojc (run on
# JDK 17 and JDK 25), by native Go 1.19, and written with JDK 25 virtual threads
# (bench/vthreads/). Runs alternate between the implementations; prints min and median wall
# seconds of RUNS runs (default 3) and the ratios to Go, then the parallel speed-up of two
# CPU-bound goroutines (GOMAXPROCS=1 vs 2). The machine is shared: the load average is printed.
#   bench/goroutines.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
runs=${1:-3}
go=${GO:-/usr/lib/go-1.19/bin/go}
jdk17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
out=$(mktemp -d /tmp/gojc-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT

programs="spawn pingpong sieve"
for p in $programs cpu2; do
  "$root/gojc" build -o "$out/$p.jar" "$here/$p.go"
  (cd "$here" && "$go" build -o "$out/$p.go.bin" "$p.go")
done
"$jdk25/bin/javac" -d "$out/vt" "$here"/vthreads/*.java
# the JVM's start-up (and exit) alone: a println-only hello world built by gojc
printf 'package main\n\nfunc main() { println("hello") }\n' >"$out/hello.go"
"$root/gojc" build -o "$out/hello.jar" "$out/hello.go"

# wall seconds of one run; the program's output goes to $out/last.out
wall() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$out/last.out" 2>&1 || { echo "FAILED: $*" >&2; cat "$out/last.out" >&2; exit 1; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc
}

# min and median of the numbers on stdin
stats() {
  sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f %.2f", a[1], m}'
}

declare -A times
vtclass() { case $1 in spawn) echo Spawn;; pingpong) echo PingPong;; sieve) echo Sieve;; esac; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$runs"); do
  for p in $programs; do
    times[$p.go]+="$(wall "$out/$p.go.bin") "
    times[$p.jdk17]+="$(wall "$jdk17/bin/java" -jar "$out/$p.jar") "
    times[$p.jdk25]+="$(wall "$jdk25/bin/java" -jar "$out/$p.jar") "
    times[$p.vt]+="$(wall "$jdk25/bin/java" -cp "$out/vt" "$(vtclass "$p")") "
  done
done

printf '\n%-10s | %-13s | %-13s | %-13s | %-13s | %-11s | %s\n' program "Go 1.19" "gojc JDK 17" "gojc JDK 25" "vthreads 25" "gojc17/Go" "vthreads/gojc17"
printf '%-10s | %-13s | %-13s | %-13s | %-13s | %-11s | %s\n' "" "min median" "min median" "min median" "min median" "(medians)" "(medians)"
for p in $programs; do
  g=$(echo "${times[$p.go]}" | tr ' ' '\n' | grep . | stats)
  a=$(echo "${times[$p.jdk17]}" | tr ' ' '\n' | grep . | stats)
  b=$(echo "${times[$p.jdk25]}" | tr ' ' '\n' | grep . | stats)
  v=$(echo "${times[$p.vt]}" | tr ' ' '\n' | grep . | stats)
  ratio=$(echo "${a#* } / ${g#* }" | bc -l)
  vratio=$(echo "${v#* } / ${a#* }" | bc -l)
  printf '%-10s | %-13s | %-13s | %-13s | %-13s | %-11.2f | %.2f\n' "$p" "$g" "$a" "$b" "$v" "$ratio" "$vratio"
done

# Parallel speed-up: the same two CPU-bound goroutines on 1 and on 2 Ps.
s1="" s2="" g1="" g2="" h=""
for r in $(seq "$runs"); do
  h+="$(wall "$jdk17/bin/java" -jar "$out/hello.jar") "
  s1+="$(GOMAXPROCS=1 wall "$jdk17/bin/java" -jar "$out/cpu2.jar") "
  s2+="$(GOMAXPROCS=2 wall "$jdk17/bin/java" -jar "$out/cpu2.jar") "
  g1+="$(GOMAXPROCS=1 wall "$out/cpu2.go.bin") "
  g2+="$(GOMAXPROCS=2 wall "$out/cpu2.go.bin") "
done
m() { echo "$1" | tr ' ' '\n' | grep . | stats | cut -d' ' -f2; }
echo
echo "2 CPU-bound goroutines, median wall s: gojc GOMAXPROCS=1 $(m "$s1"), =2 $(m "$s2"), speed-up $(echo "$(m "$s1") / $(m "$s2")" | bc -l | cut -c1-4)x;" \
  "Go GOMAXPROCS=1 $(m "$g1"), =2 $(m "$g2"), speed-up $(echo "$(m "$g1") / $(m "$g2")" | bc -l | cut -c1-4)x"
# The JVM's start-up runs on one core whatever GOMAXPROCS says; without it the goroutines' own
# speed-up shows.
echo "the same after the JVM's start-up ($(m "$h") s, a hello world's wall): gojc speed-up" \
  "$(echo "($(m "$s1") - $(m "$h")) / ($(m "$s2") - $(m "$h"))" | bc -l | cut -c1-4)x"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
