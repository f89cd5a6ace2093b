#!/usr/bin/env bash
# Hunts for Go programs that fail only now and then under load, as CI's 2-core runs see them.
# Builds each case once (`gojc build`), then runs every jar K times, J runs at a time, pinned to
# the CPUs given, and judges each run as the tests do: combined stdout+stderr must equal the
# expected output and the exit code the expected one. Prints one line per case:
#   CASE  FAILS/K  max=SECONDS
# followed, for a case that failed, by its first failing run's exit code and output.
#
# Usage: tools/flakehunt.sh [-k K] [-j J] [-c CPUS] [-m harness|launcher|both] [-w DIR] CASE...
#        tools/flakehunt.sh ... -f LISTFILE          (one case a line, # comments)
#   CASE: a GOROOT test path (fixedbugs/issue16016.go, judged against its .out, exit 0) or
#         testdata/run/NAME.go or testdata/run/NAME (judged as RunTestdataTest does: NAME.out,
#         NAME.exit, NAME.env).
#   -k  runs per case (default 20)          -j  runs at once (default 4)
#   -c  taskset CPU list (default 0,1; "0" with GOMAXPROCS=2 in the environment shakes out races)
#   -m  JVM flags: harness = GoProgram's (serial GC, C1), launcher = `gojc run`'s (parallel GC,
#       C2), both = alternate per run (default)
#   A case that is meant not to compile (testdata/run/syntaxerr.go) shows as BUILD FAILED.
#   -w  work folder for the jars and run logs (default /tmp/flakehunt); jars are reused while
#       newer than their source and the toolchain jar.
# Example: tools/flakehunt.sh -k 50 -j 4 fixedbugs/issue16016.go typeparam/chans.go
set -uo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
GOTEST=${GOTEST:-/usr/lib/go-1.19/test}
K=20 J=4 CPUS=0,1 MODE=both WORK=/tmp/flakehunt LIST=
while getopts k:j:c:m:w:f: o; do
  case $o in
    k) K=$OPTARG ;; j) J=$OPTARG ;; c) CPUS=$OPTARG ;; m) MODE=$OPTARG ;; w) WORK=$OPTARG ;;
    f) LIST=$OPTARG ;; *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
cases=("$@")
if [ -n "$LIST" ]; then
  while read -r l; do
    l=${l%%#*}; l=${l//[[:space:]]/}
    [ -n "$l" ] && cases+=("$l")
  done <"$LIST"
fi
[ ${#cases[@]} -gt 0 ] || { sed -n '2,20p' "$0"; exit 2; }
mkdir -p "$WORK/jars" "$WORK/runs"
toolchain="$root/compiler/target/gojc.jar"
"$root/gojc" version >/dev/null 2>&1 || true # rebuilds the toolchain when stale

harness="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:StackReservedPages=0 -Dgojc.mstack=1000000000"
launcher="-XX:+UseParallelGC -Xss16m -XX:StackReservedPages=0 -Dgojc.mstack=1000000000"

key() { printf %s "$1" | tr '/' '_' | sed 's/\.go$//'; }

# Case facts: dir, what to build, expected output file, exit code, env file.
describe() {
  local c=$1
  case $c in
    testdata/run/*)
      local p="$root/$c" name
      name=$(basename "${c%.go}")
      if [ -d "$p" ]; then dir=$p what=.; else dir=$(dirname "$p") what=$(basename "$p"); fi
      out="$root/testdata/run/$name.out" envf="$root/testdata/run/$name.env"
      exitc=$(cat "$root/testdata/run/$name.exit" 2>/dev/null || echo 0)
      src=$p ;;
    *)
      dir=$(dirname "$GOTEST/$c") what=$(basename "$c") out="$GOTEST/${c%.go}.out" envf= exitc=0
      src="$GOTEST/$c" ;;
  esac
}

# Builds one case unless its jar is up to date; prints the case when it has a jar.
build() {
  local c=$1
  describe "$c"
  local jar="$WORK/jars/$(key "$c").jar" log="$WORK/jars/$(key "$c").log"
  if [ ! -f "$jar" ] || [ "$src" -nt "$jar" ] || [ "$toolchain" -nt "$jar" ]; then
    if ! (cd "$dir" && "$root/gojc" build -o "$jar" "$what") >"$log" 2>&1; then
      echo "$c  BUILD FAILED: $(head -c 300 "$log")" >&2
      return
    fi
  fi
  echo "$c"
}
export -f build describe key
export root GOTEST WORK toolchain

echo "building ${#cases[@]} cases, $J at a time" >&2
mapfile -t built < <(printf '%s\n' "${cases[@]}" | xargs -P "$J" -I{} bash -c 'build "$0"' {} | sort)

# One run: writes "exit seconds" and the output under runs/KEY.N.
one() {
  local c=$1 n=$2 flags
  describe "$c"
  local k; k=$(key "$c")
  case $MODE in
    harness) flags=$harness ;; launcher) flags=$launcher ;;
    *) if [ $((n % 2)) = 0 ]; then flags=$harness; else flags=$launcher; fi ;;
  esac
  local envs=()
  if [ -n "$envf" ] && [ -f "$envf" ]; then
    # KEY=VALUE lines, key and value trimmed as RunTestdataTest does
    while IFS= read -r l; do
      [[ $l == *=* ]] || continue
      local kk=${l%%=*} vv=${l#*=}
      kk=$(echo $kk) vv=$(sed 's/^[[:space:]]*//;s/[[:space:]]*$//' <<<"$vv")
      [ -n "$kk" ] && envs+=("$kk=$vv")
    done <"$envf"
  fi
  local t0 t1 rc
  t0=$(date +%s.%N)
  (cd "$dir" && env "${envs[@]}" taskset -c "$CPUS" timeout -s KILL 60 \
     java $flags -jar "$WORK/jars/$k.jar" </dev/null >"$WORK/runs/$k.$n.out" 2>&1)
  rc=$?
  t1=$(date +%s.%N)
  echo "$rc $(echo "$t1 - $t0" | bc)" >"$WORK/runs/$k.$n.rc"
}
export -f one
export root GOTEST MODE WORK CPUS harness launcher

rm -f "$WORK"/runs/*
for c in "${built[@]}"; do
  for n in $(seq 1 "$K"); do echo "$c $n"; done
done | xargs -P "$J" -n 2 bash -c 'one "$0" "$1"'

total=0
for c in "${built[@]}"; do
  describe "$c"
  k=$(key "$c") fails=0 first= max=0
  for n in $(seq 1 "$K"); do
    read -r rc secs <"$WORK/runs/$k.$n.rc"
    max=$(echo "if ($secs > $max) $secs else $max" | bc)
    ok=1
    [ "$rc" = "$exitc" ] || ok=0
    if [ -f "$out" ]; then cmp -s "$out" "$WORK/runs/$k.$n.out" || ok=0
    else [ -s "$WORK/runs/$k.$n.out" ] && ok=0; fi
    if [ $ok = 0 ]; then
      fails=$((fails + 1))
      [ -z "$first" ] && first=$n
    fi
  done
  printf '%s  %d/%d  max=%.1fs\n' "$c" "$fails" "$K" "$max"
  if [ -n "$first" ]; then
    total=$((total + 1))
    read -r rc _ <"$WORK/runs/$k.$first.rc"
    echo "  run $first: exit $rc (want $exitc); output (first 40 lines):"
    head -n 40 "$WORK/runs/$k.$first.out" | sed 's/^/    | /'
  fi
done
echo "$total of ${#built[@]} cases failed at least once"
