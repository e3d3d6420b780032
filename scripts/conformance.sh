#!/usr/bin/env bash
# Go 1.19's own test suite against minigo.
#
#   scripts/conformance.sh            run minigo on testdata/go1.19/, update the passing list
#   scripts/conformance.sh --select   first re-select the candidates from /usr/share/go-1.19/test
#                                     (needs Go and `apt-get install -y golang-go`)
#
# Selection (--select): the `// run` programs of Go 1.19's test/ (*.go, ken/*.go, chan/*.go,
# interface/*.go) that import only packages minigo supports, use no generics and measure no
# wall-clock time, and that current Go itself still passes (some rely on Go 1.19's loop variables or print formats).
# Each is copied with its .out into testdata/go1.19/ (names preserved), so that the rest runs
# without Go installed.
#
# A program passes, as with Go's own driver (test/run.go), if it exits 0 and its stdout and
# stderr together equal its .out file (or are empty when it has none). The passing programs
# go to tests/conformance/passing.txt, which tests/conformance.rs runs under `cargo test`.
# The list only grows: a listed program that fails now is reported and stays listed (so the
# cargo test fails until it is fixed).
#
# Environment: MINIGO=path/to/minigo (default: build it with cargo --release), TIMEOUT (10s).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GO119="${GO119:-/usr/share/go-1.19}"
SUITE="$ROOT/testdata/go1.19"
PASSING="$ROOT/tests/conformance/passing.txt"
TIMEOUT="${TIMEOUT:-10s}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
SUPPORTED=" fmt strings strconv math errors sort os unicode/utf8 bytes time sync runtime unicode "

# action FILE: the test's action line (the first line that is not blank or a build constraint).
action() {
    awk '/^\/\/go:build|^\/\/ \+build|^[[:space:]]*$/ { next } { print; exit }' "$1"
}

# passes DIR NAME OUTPUT CODE: whether a run that printed OUTPUT (a file) and exited CODE passes.
passes() {
    local output="$3" code="$4" want="$1/${2%.go}.out"
    [[ "$code" == 0 ]] || return 1
    if [[ -f "$want" ]]; then cmp -s "$output" "$want"; else [[ ! -s "$output" ]]; fi
}

# go_license: Go's BSD licence text, from a GOROOT or else from Debian's copyright file (whose
# "License: Go" paragraph is the LICENSE file followed by the PATENTS grant).
go_license() {
    local f
    for f in "$GO119/LICENSE" "/usr/lib/go-1.19/LICENSE" "$(go env GOROOT)/LICENSE"; do
        [[ -f "$f" ]] && { cat "$f"; return; }
    done
    awk '/^License: Go$/ { p = 1; next }
         p && /^ Subject to the terms/ { exit }
         p { sub(/^ /, ""); if ($0 == ".") $0 = ""; print }' /usr/share/doc/golang-1.19-go/copyright |
        sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
}

select_candidates() {
    command -v go >/dev/null || { echo "conformance.sh --select: go is not on PATH" >&2; exit 1; }
    [[ -d "$GO119/test" ]] || { echo "conformance.sh --select: no $GO119/test (apt-get install -y golang-go)" >&2; exit 1; }
    local tmp="$TMP/select"
    rm -rf "$SUITE"
    mkdir -p "$SUITE"
    local kept=0 rel f imports imp ok code
    cd "$GO119/test"
    for rel in *.go ken/*.go chan/*.go interface/*.go; do
        [[ "$(action "$rel")" == "// run" ]] || continue
        # Wall-clock measurements (chanlinear, maplinear) flake on a loaded machine.
        if grep -q 'time\.Now()' "$rel"; then
            echo "skip (timing-dependent): $rel"; continue
        fi
        # Generics: type parameter lists on funcs or types.
        if grep -Eq '^func (\([^)]*\) )?[A-Za-z_][A-Za-z0-9_]*\[|^type [A-Za-z_][A-Za-z0-9_]*\[[A-Za-z_]' "$rel"; then
            continue
        fi
        imports="$(cd "$(dirname "$rel")" && go list -e -f '{{join .Imports " "}}' "$(basename "$rel")" 2>/dev/null)" || continue
        ok=1
        for imp in $imports; do [[ "$SUPPORTED" == *" $imp "* ]] || ok=0; done
        [[ $ok == 1 ]] || continue
        # Current Go must pass it, run the way Go's driver runs it.
        mkdir -p "$tmp/run"
        if ! (cd "$(dirname "$rel")" && go build -o "$tmp/run/bin" "$(basename "$rel")") >/dev/null 2>&1; then
            echo "skip (current Go does not build it): $rel"; continue
        fi
        set +e
        (cd "$(dirname "$rel")" && timeout "$TIMEOUT" "$tmp/run/bin") >"$tmp/run/output" 2>&1 </dev/null
        code=$?
        set -e
        if ! passes "$(dirname "$rel")" "$(basename "$rel")" "$tmp/run/output" "$code"; then
            echo "skip (current Go fails it): $rel"; continue
        fi
        mkdir -p "$SUITE/$(dirname "$rel")"
        cp "$rel" "$SUITE/$rel"
        [[ -f "${rel%.go}.out" ]] && cp "${rel%.go}.out" "$SUITE/${rel%.go}.out"
        kept=$((kept + 1))
    done
    go_license >"$SUITE/LICENSE"
    cd "$ROOT"
    echo "conformance.sh: $kept candidate programs copied to testdata/go1.19/"
}

run_minigo() {
    local minigo="${MINIGO:-}"
    if [[ -z "$minigo" ]]; then
        (cd "$ROOT" && cargo build --release --bin minigo >&2)
        minigo="${CARGO_TARGET_DIR:-$ROOT/target}/release/minigo"
    fi
    minigo="$(realpath "$minigo")"
    local tmp="$TMP/minigo"
    mkdir -p "$tmp"
    local passed=0 failed=0 rel code
    : >"$tmp/passing"
    cd "$SUITE"
    while IFS= read -r rel; do
        set +e
        (cd "$(dirname "$rel")" && timeout "$TIMEOUT" "$minigo" run "$(basename "$rel")") >"$tmp/output" 2>&1 </dev/null
        code=$?
        set -e
        if passes "$(dirname "$rel")" "$(basename "$rel")" "$tmp/output" "$code"; then
            passed=$((passed + 1)); echo "$rel" >>"$tmp/passing"
        else
            failed=$((failed + 1)); echo "FAIL $rel (exit $code)"
        fi
    done < <(find . -name '*.go' | sed 's|^\./||' | LC_ALL=C sort)
    cd "$ROOT"
    mkdir -p "$(dirname "$PASSING")"
    touch "$PASSING"
    local regressed
    regressed="$(LC_ALL=C comm -23 <(grep -v '^#' "$PASSING" | LC_ALL=C sort) <(LC_ALL=C sort "$tmp/passing"))"
    [[ -n "$regressed" ]] && printf 'REGRESSION (listed as passing, fails now): %s\n' $regressed
    {
        echo "# Go 1.19 test programs (testdata/go1.19/) that minigo passes; run by tests/conformance.rs."
        echo "# Written by scripts/conformance.sh; the list only grows."
        cat <(grep -v '^#' "$PASSING") "$tmp/passing" | LC_ALL=C sort -u
    } >"$tmp/list"
    mv "$tmp/list" "$PASSING"
    echo "conformance: $passed passed, $failed failed"
}

[[ "${1:-}" == "--select" ]] && select_candidates
run_minigo
