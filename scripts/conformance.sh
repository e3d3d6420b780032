#!/usr/bin/env bash
# Go 1.19's own test suite against minigo. The suite is never copied into this repository: it
# is read where Debian's golang-1.19-src installs it, /usr/share/go-1.19/test
# (`apt-get install -y golang-1.19-src`; .ci/run installs it when missing).
#
#   scripts/conformance.sh            run minigo on the candidates, grow the passing list
#   scripts/conformance.sh --select   first re-select the candidates (needs Go on PATH)
#   scripts/conformance.sh --typeparam [--select]   the same for Go's generics programs
#
# --typeparam works on a second pair of lists, tests/conformance/typeparam_candidates.txt and
# typeparam_passing.txt: the `// run` programs of typeparam/*.go, selected by the same rule
# except that generics are what they test.
#
# Selection (--select): the `// run` programs of Go 1.19's test/ (*.go, ken/*.go, chan/*.go,
# interface/*.go) that import only packages minigo has (a directory of stdlib/go/, internal/
# ones excepted), use no generics and measure no wall-clock time, and that current Go itself
# still passes (some rely on Go 1.19's loop variables or print formats). Their names, relative
# to the suite's directory, go to tests/conformance/candidates.txt, which is checked in so
# that the run needs no Go.
#
# Run: every candidate (and every program already listed as passing) is run with
# `minigo run NAME.go` in its own directory of the suite. A program passes, as with Go's own
# driver (test/run.go), if it exits 0 and its stdout and stderr together equal its .out file
# (or are empty when it has none). The passing programs go to tests/conformance/passing.txt,
# which tests/conformance.rs runs under `cargo test`. The list only grows: a listed program
# that fails now is reported and stays listed (so the cargo test fails until it is fixed).
#
# Environment: MINIGO=path/to/minigo (default: build it with cargo --release), TIMEOUT (10s),
# GO119_TEST (the suite's directory, default /usr/share/go-1.19/test).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE="${GO119_TEST:-/usr/share/go-1.19/test}"
LIST_PREFIX=""
GLOBS="*.go ken/*.go chan/*.go interface/*.go"
if [[ "${1:-}" == "--typeparam" ]]; then
    shift
    LIST_PREFIX="typeparam_"
    GLOBS="typeparam/*.go"
fi
CANDIDATES="$ROOT/tests/conformance/${LIST_PREFIX}candidates.txt"
PASSING="$ROOT/tests/conformance/${LIST_PREFIX}passing.txt"
TIMEOUT="${TIMEOUT:-10s}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

[[ -d "$SUITE" ]] || {
    echo "conformance.sh: no Go 1.19 test suite at $SUITE (apt-get install -y golang-1.19-src)" >&2
    exit 1
}

# supported_packages: the import paths minigo provides, as " a b c ".
supported_packages() {
    local list=" " dir
    while IFS= read -r dir; do
        [[ "$dir" == internal/* ]] || list+="$dir "
    done < <(cd "$ROOT/stdlib/go" && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | LC_ALL=C sort -u)
    echo "$list"
}

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

# names FILE: the program names of a list file (comments and blank lines dropped).
names() {
    [[ -f "$1" ]] || return 0
    grep -v -e '^#' -e '^[[:space:]]*$' "$1" || true
}

select_candidates() {
    command -v go >/dev/null || { echo "conformance.sh --select: go is not on PATH (scripts/install-go.sh)" >&2; exit 1; }
    local supported tmp="$TMP/select" rel imports imp ok code
    supported="$(supported_packages)"
    mkdir -p "$tmp"
    : >"$tmp/names"
    cd "$SUITE"
    for rel in $GLOBS; do  # expanded in the suite
        [[ "$(action "$rel")" == "// run" ]] || continue
        # Wall-clock measurements (chanlinear, maplinear) flake on a loaded machine.
        if grep -q 'time\.Now()' "$rel"; then
            echo "skip (timing-dependent): $rel"; continue
        fi
        # Generics (type parameter lists on funcs or types) have their own list.
        if [[ -z "$LIST_PREFIX" ]] && grep -Eq '^func (\([^)]*\) )?[A-Za-z_][A-Za-z0-9_]*\[|^type [A-Za-z_][A-Za-z0-9_]*\[[A-Za-z_]' "$rel"; then
            continue
        fi
        imports="$(cd "$(dirname "$rel")" && go list -e -f '{{join .Imports " "}}' "$(basename "$rel")" 2>/dev/null)" || continue
        ok=1
        for imp in $imports; do [[ "$supported" == *" $imp "* ]] || ok=0; done
        [[ $ok == 1 ]] || continue
        # Current Go must pass it, run the way Go's driver runs it (built outside the suite,
        # which is read-only).
        if ! (cd "$(dirname "$rel")" && go build -o "$tmp/bin" "$(basename "$rel")") >/dev/null 2>&1; then
            echo "skip (current Go does not build it): $rel"; continue
        fi
        set +e
        (cd "$(dirname "$rel")" && timeout "$TIMEOUT" "$tmp/bin") >"$tmp/output" 2>&1 </dev/null
        code=$?
        set -e
        if ! passes "$(dirname "$rel")" "$(basename "$rel")" "$tmp/output" "$code"; then
            echo "skip (current Go fails it): $rel"; continue
        fi
        echo "$rel" >>"$tmp/names"
    done
    cd "$ROOT"
    mkdir -p "$(dirname "$CANDIDATES")"
    {
        echo "# Go 1.19 test programs (names relative to /usr/share/go-1.19/test) that scripts/conformance.sh"
        echo "# runs minigo on. Written by scripts/conformance.sh --select; see its header for the rule."
        LC_ALL=C sort -u "$tmp/names"
    } >"$tmp/list"
    mv "$tmp/list" "$CANDIDATES"
    echo "conformance.sh: $(names "$CANDIDATES" | wc -l) candidates written to ${CANDIDATES#"$ROOT"/}"
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
        if [[ ! -f "$rel" ]]; then
            failed=$((failed + 1)); echo "FAIL $rel (not in $SUITE)"; continue
        fi
        set +e
        (cd "$(dirname "$rel")" && timeout "$TIMEOUT" "$minigo" run "$(basename "$rel")") >"$tmp/output" 2>&1 </dev/null
        code=$?
        set -e
        if passes "$(dirname "$rel")" "$(basename "$rel")" "$tmp/output" "$code"; then
            passed=$((passed + 1)); echo "$rel" >>"$tmp/passing"
        else
            failed=$((failed + 1))
            echo "FAIL $rel (exit $code): $(head -c 160 "$tmp/output" | head -n 1)"
        fi
    done < <(cat <(names "$CANDIDATES") <(names "$PASSING") | LC_ALL=C sort -u)
    cd "$ROOT"
    mkdir -p "$(dirname "$PASSING")"
    local regressed
    regressed="$(LC_ALL=C comm -23 <(names "$PASSING" | LC_ALL=C sort) <(LC_ALL=C sort "$tmp/passing"))"
    [[ -n "$regressed" ]] && printf 'REGRESSION (listed as passing, fails now): %s\n' $regressed
    {
        echo "# Go 1.19 test programs (names relative to /usr/share/go-1.19/test) that minigo passes;"
        echo "# run by tests/conformance.rs. Written by scripts/conformance.sh; the list only grows."
        cat <(names "$PASSING") "$tmp/passing" | LC_ALL=C sort -u
    } >"$tmp/list"
    mv "$tmp/list" "$PASSING"
    echo "conformance: $passed passed, $failed failed"
}

[[ "${1:-}" == "--select" ]] && select_candidates
run_minigo
