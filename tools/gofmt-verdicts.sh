#!/bin/sh
# Writes, for every .go file under GOROOT/src and GOROOT/test that gofmt rejects, one line
#   <path relative to GOROOT>\t<line of gofmt's first error>\t<its message>
# sorted by path. ParseGorootTest reads this list instead of running gofmt itself.
# Usage: tools/gofmt-verdicts.sh [GOROOT] > compiler/src/test/resources/gojc/syntax/gofmt-rejects.tsv
GOROOT=${1:-/usr/lib/go-1.19}
cd "$GOROOT" || exit 1
find -L src test -name '*.go' -type f | LC_ALL=C sort | while read -r f; do
    err=$("$GOROOT/bin/gofmt" -e -l "$f" 2>&1 >/dev/null)
    if [ -n "$err" ]; then
        first=$(printf '%s\n' "$err" | head -n 1)
        line=$(printf '%s\n' "$first" | sed -n 's/^[^:]*:\([0-9][0-9]*\):.*/\1/p')
        msg=$(printf '%s\n' "$first" | sed -n 's/^[^:]*:[0-9]*:[0-9]*: //p')
        printf '%s\t%s\t%s\n' "$f" "${line:-0}" "$msg"
    fi
done
